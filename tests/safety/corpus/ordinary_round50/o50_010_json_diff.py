# family: ordinary, blind round 50 (diff two JSON documents)
import json


def json_diff(a, b, path="$"):
    """Yield (op, path, old, new) tuples describing how a differs from b."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            sub = f"{path}.{key}"
            if key not in b:
                yield ("removed", sub, a[key], None)
            elif key not in a:
                yield ("added", sub, None, b[key])
            else:
                yield from json_diff(a[key], b[key], sub)
    elif isinstance(a, list) and isinstance(b, list):
        for i in range(max(len(a), len(b))):
            sub = f"{path}[{i}]"
            if i >= len(b):
                yield ("removed", sub, a[i], None)
            elif i >= len(a):
                yield ("added", sub, None, b[i])
            else:
                yield from json_diff(a[i], b[i], sub)
    elif a != b or type(a) is not type(b):
        yield ("changed", path, a, b)


OLD = '{"name": "svc", "version": "1.2.0", "ports": [80, 443], "env": {"DEBUG": true, "LEVEL": "info"}}'
NEW = '{"name": "svc", "version": "1.3.0", "ports": [80, 8443, 9000], "env": {"LEVEL": "warn"}, "replicas": 3}'

if __name__ == "__main__":
    changes = list(json_diff(json.loads(OLD), json.loads(NEW)))
    symbols = {"added": "+", "removed": "-", "changed": "~"}
    for op, p, old, new in changes:
        if op == "changed":
            print(f"{symbols[op]} {p}: {json.dumps(old)} -> {json.dumps(new)}")
        else:
            print(f"{symbols[op]} {p}: {json.dumps(new if op == 'added' else old)}")
    print(f"{len(changes)} difference(s)")
