"""Flatten nested dicts/lists to dotted keys and back again."""


def flatten(obj, prefix="", sep=".") -> dict:
    out = {}
    if isinstance(obj, dict):
        if not obj and prefix:
            out[prefix] = {}
        for k, v in obj.items():
            key = f"{prefix}{sep}{k}" if prefix else str(k)
            out.update(flatten(v, key, sep))
    elif isinstance(obj, (list, tuple)):
        if not obj and prefix:
            out[prefix] = []
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}[{i}]", sep))
    else:
        out[prefix] = obj
    return out


def _split(key, sep):
    parts = []
    for chunk in key.split(sep):
        while "[" in chunk:
            head, _, rest = chunk.partition("[")
            if head:
                parts.append(head)
            idx, _, chunk = rest.partition("]")
            parts.append(int(idx))
        if chunk:
            parts.append(chunk)
    return parts


def unflatten(flat: dict, sep=".") -> dict:
    root = {}
    for key, value in flat.items():
        parts = _split(key, sep)
        node = root
        for part, nxt in zip(parts, parts[1:]):
            container = [] if isinstance(nxt, int) else {}
            if isinstance(part, int):
                while len(node) <= part:
                    node.append(None)
                if node[part] is None:
                    node[part] = container
                node = node[part]
            else:
                node = node.setdefault(part, container)
        last = parts[-1]
        if isinstance(last, int):
            while len(node) <= last:
                node.append(None)
        node[last] = value
    return root


if __name__ == "__main__":
    data = {"user": {"name": "x", "roles": ["admin", {"scope": "db"}]}, "n": 1, "empty": {}}
    flat = flatten(data)
    print(flat)
    print(unflatten(flat) == data, unflatten(flat))
