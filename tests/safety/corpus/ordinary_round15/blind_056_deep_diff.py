"""Structural diff of two nested JSON-like values, reporting added/removed/changed paths."""


def deep_diff(a, b, path="$", float_tol=1e-9) -> list:
    changes = []
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            p = f"{path}.{k}"
            if k not in b:
                changes.append({"op": "removed", "path": p, "old": a[k]})
            elif k not in a:
                changes.append({"op": "added", "path": p, "new": b[k]})
            else:
                changes.extend(deep_diff(a[k], b[k], p, float_tol))
    elif isinstance(a, list) and isinstance(b, list):
        for i in range(max(len(a), len(b))):
            p = f"{path}[{i}]"
            if i >= len(b):
                changes.append({"op": "removed", "path": p, "old": a[i]})
            elif i >= len(a):
                changes.append({"op": "added", "path": p, "new": b[i]})
            else:
                changes.extend(deep_diff(a[i], b[i], p, float_tol))
    elif isinstance(a, float) or isinstance(b, float):
        if not (isinstance(a, (int, float)) and isinstance(b, (int, float))) or abs(a - b) > float_tol:
            changes.append({"op": "changed", "path": path, "old": a, "new": b})
    elif type(a) is not type(b) or a != b:
        changes.append({"op": "changed", "path": path, "old": a, "new": b})
    return changes


def summarize(changes: list) -> dict:
    counts = {"added": 0, "removed": 0, "changed": 0}
    for c in changes:
        counts[c["op"]] += 1
    lines = []
    for c in changes:
        sym = {"added": "+", "removed": "-", "changed": "~"}[c["op"]]
        detail = f"{c.get('old')!r} -> {c.get('new')!r}" if c["op"] == "changed" else repr(c.get("new", c.get("old")))
        lines.append(f"{sym} {c['path']}: {detail}")
    return {"counts": counts, "lines": lines}


if __name__ == "__main__":
    old = {"name": "svc", "replicas": 2, "cpu": 0.5, "ports": [80, 443], "env": {"A": "1", "B": "2"}, "on": 1}
    new = {"name": "svc", "replicas": 3, "cpu": 0.5 + 1e-12, "ports": [80], "env": {"A": "1", "C": "3"}, "on": True}
    for line in summarize(deep_diff(old, new))["lines"]:
        print(line)
