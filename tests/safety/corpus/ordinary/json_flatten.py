"""Flatten nested JSON objects into dotted keys."""

import json
from typing import Any


def flatten(obj: Any, prefix: str = "", sep: str = ".") -> dict[str, Any]:
    """Return a flat dict whose keys are dotted paths into ``obj``."""
    out: dict[str, Any] = {}
    if isinstance(obj, dict):
        for key, value in obj.items():
            path = f"{prefix}{sep}{key}" if prefix else str(key)
            out.update(flatten(value, path, sep))
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            path = f"{prefix}[{index}]"
            out.update(flatten(value, path, sep))
    else:
        out[prefix] = obj
    return out


def flatten_json(text: str, sep: str = ".") -> str:
    """Parse JSON text and return the flattened object as JSON."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    return json.dumps(flatten(data, sep=sep), indent=2, sort_keys=True)


if __name__ == "__main__":
    print(flatten_json('{"a": {"b": [1, 2, {"c": 3}]}, "d": null}'))
