"""Flatten nested JSON-like structures to dotted keys and back again."""
import json
from typing import Any


def flatten(data: Any, parent_key: str = "", sep: str = ".") -> dict[str, Any]:
    """Flatten nested dicts/lists: {"a": {"b": [1, 2]}} -> {"a.b.0": 1, "a.b.1": 2}."""
    items: dict[str, Any] = {}
    if isinstance(data, dict):
        iterable = data.items()
    elif isinstance(data, list):
        iterable = ((str(i), v) for i, v in enumerate(data))
    else:
        return {parent_key: data}
    empty = True
    for key, value in iterable:
        empty = False
        new_key = f"{parent_key}{sep}{key}" if parent_key else str(key)
        items.update(flatten(value, new_key, sep))
    if empty and parent_key:
        items[parent_key] = data
    return items


def unflatten(flat: dict[str, Any], sep: str = ".") -> Any:
    """Rebuild a nested structure; numeric path segments become list indices."""
    root: dict[str, Any] = {}
    for compound, value in flat.items():
        parts = compound.split(sep)
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


if __name__ == "__main__":
    doc = {"user": {"name": "Ada", "tags": ["admin", "dev"], "meta": {}}, "active": True}
    flat = flatten(doc)
    print(json.dumps(flat, indent=2))
    print(unflatten(flat) == doc)
