# family: ordinary, blind round 59 (diff two JSON documents)
import json
from typing import Any, List, Tuple

Change = Tuple[str, str, Any, Any]


def diff_json(a: Any, b: Any, path: str = "$") -> List[Change]:
    """Return a list of (kind, path, old, new) changes between two JSON values."""
    changes: List[Change] = []
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            sub = f"{path}.{key}"
            if key not in a:
                changes.append(("added", sub, None, b[key]))
            elif key not in b:
                changes.append(("removed", sub, a[key], None))
            else:
                changes.extend(diff_json(a[key], b[key], sub))
    elif isinstance(a, list) and isinstance(b, list):
        for i in range(max(len(a), len(b))):
            sub = f"{path}[{i}]"
            if i >= len(a):
                changes.append(("added", sub, None, b[i]))
            elif i >= len(b):
                changes.append(("removed", sub, a[i], None))
            else:
                changes.extend(diff_json(a[i], b[i], sub))
    elif a != b or type(a) is not type(b):
        changes.append(("changed", path, a, b))
    return changes


def diff_json_strings(left: str, right: str) -> str:
    changes = diff_json(json.loads(left), json.loads(right))
    if not changes:
        return "documents are identical"
    lines = []
    for kind, path, old, new in changes:
        symbol = {"added": "+", "removed": "-", "changed": "~"}[kind]
        lines.append(f"{symbol} {path}: {json.dumps(old)} -> {json.dumps(new)}")
    return "\n".join(lines)


if __name__ == "__main__":
    left = '{"name": "svc", "version": 1, "tags": ["a", "b"], "cfg": {"port": 80, "tls": false}}'
    right = '{"name": "svc", "version": 2, "tags": ["a"], "cfg": {"port": 443, "tls": true, "host": "x"}}'
    print(diff_json_strings(left, right))
    print(diff_json_strings("[1, 2]", "[1, 2]"))
