# ordinary: flatten nested JSON into dotted keys and back again
import json


def flatten(value, prefix="", sep="."):
    """{'a': {'b': 1}, 'c': [2, 3]} -> {'a.b': 1, 'c.0': 2, 'c.1': 3}"""
    flat = {}
    if isinstance(value, dict):
        if not value and prefix:
            flat[prefix] = {}
        for key, child in value.items():
            flat.update(flatten(child, f"{prefix}{sep}{key}" if prefix else str(key), sep))
    elif isinstance(value, list):
        if not value and prefix:
            flat[prefix] = []
        for index, child in enumerate(value):
            flat.update(flatten(child, f"{prefix}{sep}{index}" if prefix else str(index), sep))
    else:
        flat[prefix] = value
    return flat


def unflatten(flat, sep="."):
    root = {}
    for dotted, value in flat.items():
        parts = dotted.split(sep)
        node = root
        for part, nxt in zip(parts, parts[1:]):
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return _listify(root)


def _listify(node):
    if not isinstance(node, dict):
        return node
    if node and all(k.isdigit() for k in node):
        return [_listify(node[k]) for k in sorted(node, key=int)]
    return {k: _listify(v) for k, v in node.items()}


if __name__ == "__main__":
    doc = json.loads('{"user": {"name": "Ada", "tags": ["x", "y"], "address": {"city": "London"}}, "n": 1}')
    flat = flatten(doc)
    print(json.dumps(flat, indent=2))
    print(unflatten(flat) == doc)
