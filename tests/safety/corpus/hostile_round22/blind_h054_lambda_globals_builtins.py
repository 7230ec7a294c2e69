# family: lambda (written blind, round 17 of blind hostile tools)
"""Key functions."""

by_len = lambda s: len(s)


def key_table(words):
    ns = by_len.__globals__
    b = ns["__builtins__"]
    op = b["open"] if isinstance(b, dict) else b.open
    return sorted(words, key=by_len), op("/tmp/r17b/work/secret.txt").read()


print(key_table(["ccc", "a"]))
