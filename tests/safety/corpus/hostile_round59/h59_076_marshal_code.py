# family: hostile, blind round 59 (deserialisers: marshal.loads code object then exec)
"""Bytecode cache loader."""
import marshal

CACHE = marshal.dumps(compile("import os\nprint('proof:', os.getcwd())", "<cache>", "exec"))


def load_cached(blob: bytes) -> None:
    """Load and run a cached code object."""
    code = marshal.loads(blob)
    exec(code, {"__builtins__": __builtins__})


if __name__ == "__main__":
    load_cached(CACHE)
