"""Query nested JSON with simple paths like 'orders[*].items[0].sku'."""
import json
import re
from typing import Any, Iterator

STEP_RE = re.compile(r"([^.\[\]]+)|\[(\*|-?\d+)\]")


class PathError(LookupError):
    pass


def parse_path(path: str) -> list[str | int]:
    steps: list[str | int] = []
    pos = 0
    for m in STEP_RE.finditer(path):
        between = path[pos:m.start()].strip(".")
        if between:
            raise PathError(f"unexpected {between!r} in path {path!r}")
        name, index = m.groups()
        steps.append(name if name is not None else ("*" if index == "*" else int(index)))
        pos = m.end()
    return steps


def _walk(node: Any, steps: list[str | int]) -> Iterator[Any]:
    if not steps:
        yield node
        return
    head, rest = steps[0], steps[1:]
    if head == "*":
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else []
        for child in children:
            yield from _walk(child, rest)
    elif isinstance(head, int):
        if isinstance(node, list) and -len(node) <= head < len(node):
            yield from _walk(node[head], rest)
    elif isinstance(node, dict) and head in node:
        yield from _walk(node[head], rest)


def query(document: str, path: str, first: bool = False, default: Any = None) -> Any:
    data = json.loads(document)
    results = list(_walk(data, parse_path(path)))
    if first:
        return results[0] if results else default
    return results


if __name__ == "__main__":
    doc = json.dumps({"orders": [
        {"id": 1, "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]},
        {"id": 2, "items": [{"sku": "C", "qty": 5}]},
    ], "meta": {"count": 2}})
    print(query(doc, "orders[*].items[0].sku"))
    print(query(doc, "orders[-1].items[*].qty"))
    print(query(doc, "meta.count", first=True))
    print(query(doc, "orders[5].id", first=True, default="none"))
