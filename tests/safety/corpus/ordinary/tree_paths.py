from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional


@dataclass
class Node:
    name: str
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = field(default=None, repr=False, compare=False)

    def add(self, name: str) -> Node:
        child = Node(name, parent=self)
        self.children.append(child)
        return child

    def path(self) -> str:
        parts = []
        node: Optional[Node] = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def depth(self) -> int:
        return 1 + max((c.depth() for c in self.children), default=0)


def build_tree(paths: list[str]) -> Node:
    root = Node("")
    for path in paths:
        node = root
        for part in filter(None, path.split("/")):
            existing = next((c for c in node.children if c.name == part), None)
            node = existing if existing is not None else node.add(part)
    return root


def tree_summary(paths: list[str]) -> dict:
    root = build_tree(paths)
    leaves = [n.path() for n in root.walk() if not n.children and n is not root]
    return {"depth": root.depth() - 1, "leaves": sorted(leaves), "nodes": sum(1 for _ in root.walk()) - 1}
