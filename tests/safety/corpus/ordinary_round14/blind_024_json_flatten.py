"""Flatten nested JSON into dotted keys and back again."""
import json
from typing import Any


def flatten(obj: Any, prefix: str = "", sep: str = ".") -> dict[str, Any]:
    items: dict[str, Any] = {}
    if isinstance(obj, dict):
        if not obj and prefix:
            items[prefix] = {}
        for key, value in obj.items():
            new_key = f"{prefix}{sep}{key}" if prefix else str(key)
            items.update(flatten(value, new_key, sep))
    elif isinstance(obj, list):
        if not obj and prefix:
            items[prefix] = []
        for i, value in enumerate(obj):
            new_key = f"{prefix}{sep}{i}" if prefix else str(i)
            items.update(flatten(value, new_key, sep))
    else:
        items[prefix] = obj
    return items


def unflatten(flat: dict[str, Any], sep: str = ".") -> Any:
    root: dict = {}
    for compound, value in flat.items():
        parts = compound.split(sep)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return _listify(root)


def _listify(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    converted = {k: _listify(v) for k, v in node.items()}
    if converted and all(k.isdigit() for k in converted):
        indices = sorted(int(k) for k in converted)
        if indices == list(range(len(indices))):
            return [converted[str(i)] for i in indices]
    return converted


def flatten_json(text: str, sep: str = ".") -> str:
    return json.dumps(flatten(json.loads(text), sep=sep), indent=2)


if __name__ == "__main__":
    doc = {"user": {"name": "Ann", "roles": ["admin", "dev"], "address": {"city": "Oslo"}},
           "active": True, "meta": {}, "scores": [{"a": 1}, {"a": 2}]}
    flat = flatten(doc)
    print(flat)
    print(unflatten(flat) == doc)
    print(flatten_json('{"a": {"b": [1, 2]}}', sep="/"))
