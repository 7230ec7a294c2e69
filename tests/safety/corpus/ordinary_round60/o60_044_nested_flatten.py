# family: ordinary, blind round 60 (flatten/unflatten nested JSON-like data with generators)
import json
from collections.abc import Mapping, Sequence
from typing import Any, Iterator


def walk(obj: Any, prefix: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    if isinstance(obj, Mapping):
        if not obj:
            yield prefix, {}
        for key, value in obj.items():
            yield from walk(value, prefix + (str(key),))
    elif isinstance(obj, Sequence) and not isinstance(obj, (str, bytes)):
        if not obj:
            yield prefix, []
        for idx, value in enumerate(obj):
            yield from walk(value, prefix + (idx,))
    else:
        yield prefix, obj


def flatten(obj: Any, sep: str = ".") -> dict[str, Any]:
    return {sep.join(str(p) for p in path): value for path, value in walk(obj)}


def unflatten(flat: dict[str, Any], sep: str = ".") -> Any:
    root: dict = {}
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
        return [converted[k] for k in sorted(converted, key=int)]
    return converted


def leaves_matching(obj: Any, predicate) -> Iterator[str]:
    yield from (".".join(map(str, p)) for p, v in walk(obj) if predicate(v))


if __name__ == "__main__":
    doc = {
        "service": "billing",
        "replicas": 3,
        "ports": [{"name": "http", "port": 8080}, {"name": "metrics", "port": 9100}],
        "env": {"LOG_LEVEL": "info", "FEATURES": ["a", "b"]},
        "annotations": {},
    }
    flat = flatten(doc)
    for k, v in flat.items():
        print(f"{k:22} = {v!r}")
    print("round trip ok:", unflatten(flat) == doc)
    print("int leaves:", list(leaves_matching(doc, lambda v: isinstance(v, int))))
    print(json.dumps(unflatten({"a.b.0": 1, "a.b.1": 2, "a.c": "x"})))
