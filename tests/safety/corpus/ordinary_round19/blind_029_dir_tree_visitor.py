"""In-memory directory tree model with visitors for size and listing."""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any, Iterator


@dataclass
class FileNode:
    name: str
    size: int = 0

    def accept(self, visitor: "TreeVisitor", depth: int = 0) -> Any:
        return visitor.visit_file(self, depth)


@dataclass
class DirNode:
    name: str
    children: list["FileNode | DirNode"] = field(default_factory=list)

    def add(self, node: "FileNode | DirNode") -> "FileNode | DirNode":
        self.children.append(node)
        return node

    def accept(self, visitor: "TreeVisitor", depth: int = 0) -> Any:
        return visitor.visit_dir(self, depth)

    @classmethod
    def from_dict(cls, name: str, spec: dict[str, Any]) -> "DirNode":
        """Build from {'a.txt': 10, 'sub': {...}} style nested dicts."""
        node = cls(name)
        for key, value in spec.items():
            node.add(cls.from_dict(key, value) if isinstance(value, dict) else FileNode(key, int(value)))
        return node


class TreeVisitor:
    def visit_file(self, node: FileNode, depth: int) -> Any:
        return None

    def visit_dir(self, node: DirNode, depth: int) -> Any:
        return [child.accept(self, depth + 1) for child in node.children]


class SizeVisitor(TreeVisitor):
    def visit_file(self, node: FileNode, depth: int) -> int:
        return node.size

    def visit_dir(self, node: DirNode, depth: int) -> int:
        return sum(super().visit_dir(node, depth))


class ListingVisitor(TreeVisitor):
    def __init__(self, pattern: str = "*") -> None:
        self.pattern = pattern
        self.lines: list[str] = []

    def visit_file(self, node: FileNode, depth: int) -> None:
        if fnmatch.fnmatch(node.name, self.pattern):
            self.lines.append("  " * depth + f"{node.name} ({node.size} B)")

    def visit_dir(self, node: DirNode, depth: int) -> None:
        self.lines.append("  " * depth + node.name + "/")
        super().visit_dir(node, depth)


def tree_report(spec: dict[str, Any], pattern: str = "*") -> tuple[int, str]:
    root = DirNode.from_dict("root", spec)
    listing = ListingVisitor(pattern)
    root.accept(listing)
    return root.accept(SizeVisitor()), "\n".join(listing.lines)


if __name__ == "__main__":
    total, text = tree_report({"README.md": 120, "src": {"app.py": 900, "util.py": 300}, "docs": {"a.md": 50}}, "*.py")
    print(total)
    print(text)
