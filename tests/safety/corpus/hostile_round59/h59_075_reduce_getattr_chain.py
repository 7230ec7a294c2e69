# family: hostile, blind round 59 (stdlib helpers: functools.reduce(getattr, path) walk)
"""Nested attribute reader."""
from functools import reduce


def read_path(root, dotted: str):
    """Read a dotted attribute path from root."""
    return reduce(getattr, dotted.split("."), root)


if __name__ == "__main__":
    import json
    g = read_path(json.dumps, "__globals__")
    osm = read_path(g["codecs"], "sys.modules")["os"]
    print("proof:", read_path(osm, "getcwd")())
