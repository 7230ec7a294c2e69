"""Flatten and unflatten nested JSON documents using dotted keys."""

import json
from typing import Any

JSONValue = Any


def flatten(obj: JSONValue, prefix: str = "", sep: str = ".") -> dict[str, JSONValue]:
    items: dict[str, JSONValue] = {}
    if isinstance(obj, dict):
        for key, value in obj.items():
            new_key = f"{prefix}{sep}{key}" if prefix else str(key)
            items.update(flatten(value, new_key, sep))
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            new_key = f"{prefix}{sep}{index}" if prefix else str(index)
            items.update(flatten(value, new_key, sep))
    else:
        items[prefix] = obj
    return items


def unflatten(flat: dict[str, JSONValue], sep: str = ".") -> dict[str, JSONValue]:
    root: dict[str, JSONValue] = {}
    for dotted, value in flat.items():
        parts = dotted.split(sep)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return root


def flatten_json(text: str, sep: str = ".") -> str:
    """Entry point: take a JSON string, return flattened JSON string."""
    data = json.loads(text)
    return json.dumps(flatten(data, sep=sep), indent=2, sort_keys=True)


if __name__ == "__main__":
    doc = '{"user": {"name": "Ada", "tags": ["x", "y"], "address": {"city": "London"}}}'
    out = flatten_json(doc)
    print(out)
    print(unflatten(json.loads(out)))
