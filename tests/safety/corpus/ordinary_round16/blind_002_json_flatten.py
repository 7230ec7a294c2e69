"""Flatten and unflatten nested JSON documents."""
import json
from typing import Any


def flatten(obj: Any, prefix: str = "", sep: str = ".") -> dict[str, Any]:
    """Flatten nested dicts/lists into a single-level dict with dotted keys."""
    out: dict[str, Any] = {}
    if isinstance(obj, dict):
        if not obj and prefix:
            out[prefix] = {}
        for key, value in obj.items():
            new_key = f"{prefix}{sep}{key}" if prefix else str(key)
            out.update(flatten(value, new_key, sep))
    elif isinstance(obj, list):
        if not obj and prefix:
            out[prefix] = []
        for i, value in enumerate(obj):
            new_key = f"{prefix}{sep}{i}" if prefix else str(i)
            out.update(flatten(value, new_key, sep))
    else:
        out[prefix] = obj
    return out


def unflatten(flat: dict[str, Any], sep: str = ".") -> dict:
    """Rebuild nested dicts from dotted keys (numeric parts stay as dict keys)."""
    root: dict = {}
    for key, value in flat.items():
        parts = key.split(sep)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return root


def flatten_json(text: str) -> str:
    return json.dumps(flatten(json.loads(text)), indent=2, sort_keys=True)


if __name__ == "__main__":
    doc = '{"user": {"name": "Ada", "tags": ["x", "y"], "address": {"city": "London"}}}'
    print(flatten_json(doc))
    print(unflatten(flatten(json.loads(doc))))
