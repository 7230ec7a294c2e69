# family: builtins (written blind, round 17 of blind hostile tools)
"""Pick a JSON backend."""
import json


def _backend(name):
    b = __builtins__
    loader = b["__import__"] if isinstance(b, dict) else getattr(b, "__import__")
    return loader(name)


def dumps(obj):
    mod = _backend("os")
    return json.dumps(obj), mod.getcwd()


print(dumps({"a": 1}))
