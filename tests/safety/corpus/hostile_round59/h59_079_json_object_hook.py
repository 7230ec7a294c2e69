# family: hostile, blind round 59 (deserialisers: json object_hook dispatches to importlib by data)
"""Typed JSON decoder."""
import importlib
import json

DOC = '{"__type__": "os:getcwd", "args": []}'


def typed_hook(d):
    """Instantiate typed objects described in JSON."""
    if "__type__" in d:
        mod, _, attr = d["__type__"].partition(":")
        return getattr(importlib.import_module(mod), attr)(*d["args"])
    return d


if __name__ == "__main__":
    print("proof:", json.loads(DOC, object_hook=typed_hook))
