# ordinary: recursively diff two JSON documents and list added/removed/changed paths
import json
from typing import Any, Iterator, Tuple

Change = Tuple[str, str, Any, Any]


def _join(path: str, key) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def diff(old: Any, new: Any, path: str = "") -> Iterator[Change]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            sub = _join(path, key)
            if key not in new:
                yield ("removed", sub, old[key], None)
            elif key not in old:
                yield ("added", sub, None, new[key])
            else:
                yield from diff(old[key], new[key], sub)
    elif isinstance(old, list) and isinstance(new, list):
        for i in range(max(len(old), len(new))):
            sub = _join(path, i)
            if i >= len(new):
                yield ("removed", sub, old[i], None)
            elif i >= len(old):
                yield ("added", sub, None, new[i])
            else:
                yield from diff(old[i], new[i], sub)
    elif old != new or type(old) is not type(new):
        yield ("changed", path or "$", old, new)


def diff_report(old_text: str, new_text: str) -> str:
    changes = list(diff(json.loads(old_text), json.loads(new_text)))
    if not changes:
        return "documents are identical"
    symbols = {"added": "+", "removed": "-", "changed": "~"}
    lines = []
    for kind, p, before, after in changes:
        detail = json.dumps(after) if kind == "added" else json.dumps(before)
        if kind == "changed":
            detail = f"{json.dumps(before)} -> {json.dumps(after)}"
        lines.append(f"{symbols[kind]} {p}: {detail}")
    return "\n".join(lines)


if __name__ == "__main__":
    a = '{"name": "app", "version": 1, "deps": ["a", "b"], "cfg": {"debug": true}}'
    b = '{"name": "app", "version": 2, "deps": ["a"], "cfg": {"debug": false, "port": 80}}'
    print(diff_report(a, b))
