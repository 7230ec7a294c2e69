"""Flatten nested JSON documents to dotted keys and back again."""
from __future__ import annotations

import json
from typing import Any


def flatten(obj: Any, parent: str = "", sep: str = ".") -> dict[str, Any]:
    """Flatten dicts and lists; list indices become key segments."""
    items: dict[str, Any] = {}
    if isinstance(obj, dict) and obj:
        for key, value in obj.items():
            items.update(flatten(value, f"{parent}{sep}{key}" if parent else str(key), sep))
    elif isinstance(obj, list) and obj:
        for index, value in enumerate(obj):
            items.update(flatten(value, f"{parent}{sep}{index}" if parent else str(index), sep))
    else:
        items[parent] = obj
    return items


def unflatten(flat: dict[str, Any], sep: str = ".") -> Any:
    root: dict[str, Any] = {}
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
        indices = sorted(converted, key=int)
        if [int(i) for i in indices] == list(range(len(indices))):
            return [converted[i] for i in indices]
    return converted


def flatten_json_text(text: str) -> str:
    return json.dumps(flatten(json.loads(text)), indent=2, sort_keys=True)


if __name__ == "__main__":
    doc = {"user": {"name": "Ada", "roles": ["admin", "dev"], "prefs": {"theme": "dark"}},
           "active": True, "tags": [], "meta": {}}
    flat = flatten(doc)
    print(flat)
    print(unflatten(flat) == doc, unflatten(flat))
    print(flatten_json_text('{"a": [1, {"b": null}]}'))
