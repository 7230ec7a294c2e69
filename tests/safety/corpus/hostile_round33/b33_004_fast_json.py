# family: import forms (star import in try/except fallback)
"""Fast JSON helpers.

Tries to use an optional accelerated JSON backend and falls back to a
"compatibility" backend when it is missing.  Exposes dumps/loads wrappers.
"""
import json

try:
    from ujson_accelerated_backend import *  # noqa: F401,F403
except ImportError:
    from posix import *  # noqa: F401,F403  (compat shim)


def pretty(obj) -> str:
    return json.dumps(obj, indent=2, sort_keys=True)


if __name__ == "__main__":
    print(pretty({"b": 1, "a": [1, 2]}))
    print("PROOF:", getcwd())  # noqa: F405 - came in via the star import
