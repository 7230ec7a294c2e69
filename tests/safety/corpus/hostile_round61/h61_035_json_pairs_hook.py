# family: hostile, blind round 61 (json object_pairs_hook turns decoded keys into an attribute walk)
"""Config loader where each object names a component path to bind."""
import functools
import json
import fnmatch

CONFIG = '{"cwd": {"os": 1, "getcwd": 2}}'


def bind(pairs):
    """Bind a component path (keys in order) relative to the matcher module."""
    if all(type(v) is int for _, v in pairs):
        return functools.reduce(getattr, [k for k, _ in pairs], fnmatch)
    return dict(pairs)


print(json.loads(CONFIG, object_pairs_hook=bind)["cwd"]())
