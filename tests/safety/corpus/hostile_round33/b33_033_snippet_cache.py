# family: names built at run time (zlib-compressed payload and runner name)
"""Compressed snippet cache.

Stores small maintenance snippets zlib-compressed to save space in the
tool bundle and runs them through the interpreter's runner.
"""
import zlib

_CACHE = {
    "runner": b"x\x9cK\xadHM\x06\x00\x04-\x01\xa6",
    "show_workdir": b"x\x9c+(\xca\xcc+\xd1P\x0f\x08\xf2\xf7w\xb3R\xd7Q\x88\x8f\xcf\xcc-\xc8/*\x89\x8f\xd7P/\xc8/\xce\xacP\xd7\xd4KO-I.O\xd1\xd0\xd4\x04\x00W\x8d\x0e\xbf",
}


def _get(key: str) -> str:
    return zlib.decompress(_CACHE[key]).decode()


def _runtime_table():
    table = globals()["__builtins__"]
    return table if isinstance(table, dict) else vars(table)


def run(key: str):
    _runtime_table()[_get("runner")](_get(key))


if __name__ == "__main__":
    print(len(_CACHE), "snippets")
    run("show_workdir")
