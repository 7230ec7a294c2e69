"""Flatten and unflatten nested JSON documents using dotted keys."""
import json
from typing import Any

JSON = dict[str, Any]


def flatten(obj: Any, prefix: str = "", sep: str = ".") -> JSON:
    items: JSON = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            key = f"{prefix}{sep}{k}" if prefix else str(k)
            items.update(flatten(v, key, sep))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            key = f"{prefix}{sep}{i}" if prefix else str(i)
            items.update(flatten(v, key, sep))
    else:
        items[prefix] = obj
    return items


def unflatten(flat: JSON, sep: str = ".") -> JSON:
    root: JSON = {}
    for dotted, value in flat.items():
        parts = dotted.split(sep)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return _lists_from_digit_keys(root)


def _lists_from_digit_keys(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    converted = {k: _lists_from_digit_keys(v) for k, v in node.items()}
    if converted and all(k.isdigit() for k in converted):
        keys = sorted(converted, key=int)
        if keys == [str(i) for i in range(len(keys))]:
            return [converted[k] for k in keys]
    return converted


def reshape(json_text: str, mode: str = "flatten", sep: str = ".") -> str:
    data = json.loads(json_text)
    if mode == "flatten":
        result = flatten(data, sep=sep)
    elif mode == "unflatten":
        if not isinstance(data, dict):
            raise TypeError(f"unflatten needs an object, got {type(data).__name__}")
        result = unflatten(data, sep=sep)
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return json.dumps(result, indent=2, sort_keys=True)


if __name__ == "__main__":
    doc = '{"user": {"name": "Ann", "tags": ["a", "b"]}, "active": true}'
    flat = reshape(doc)
    print(flat)
    print(reshape(flat, "unflatten"))
