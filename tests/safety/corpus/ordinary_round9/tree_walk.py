"""Build and query a file-system-like tree held purely in memory."""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Iterator, Optional


@dataclass
class Node:
    name: str
    size: int = 0
    children: dict[str, Node] = field(default_factory=dict)
    parent: Optional[Node] = field(default=None, repr=False, compare=False)

    @property
    def is_dir(self) -> bool:
        return bool(self.children) or self.size == 0

    def path(self) -> str:
        parts: list[str] = []
        node: Optional[Node] = self
        while node is not None and node.parent is not None:
            parts.append(node.name)
            node = node.parent
        return "/" + "/".join(reversed(parts))

    def total(self) -> int:
        return self.size + sum(c.total() for c in self.children.values())

    def walk(self) -> Iterator[Node]:
        yield self
        for child in sorted(self.children.values(), key=lambda n: n.name):
            yield from child.walk()


def build(entries: dict[str, int]) -> Node:
    root = Node("")
    for path, size in entries.items():
        node = root
        *dirs, leaf = [p for p in path.split("/") if p]
        for d in dirs:
            node = node.children.setdefault(d, Node(d, parent=node))
        node.children[leaf] = Node(leaf, size, parent=node)
    return root


def tree_query(entries: dict[str, int], pattern: str = "*", min_size: int = 0) -> dict[str, object]:
    """Entry point: list matching files and per-directory totals."""
    root = build(entries)
    matches = [n.path() for n in root.walk()
               if not n.children and n.size >= min_size and fnmatch.fnmatch(n.name, pattern)]
    dirs = {n.path(): n.total() for n in root.walk() if n.children}
    return {"matches": matches, "dir_totals": dirs, "total": root.total()}
