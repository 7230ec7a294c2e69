# family: ordinary, blind round 50 (pretty-print a tree)
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    size: int = 0
    children: "list[Node]" = field(default_factory=list)

    def add(self, *nodes: "Node") -> "Node":
        self.children.extend(nodes)
        return self

    def total_size(self) -> int:
        return self.size + sum(c.total_size() for c in self.children)


def render(node: Node, prefix: str = "", is_last: bool = True, is_root: bool = True) -> list[str]:
    label = f"{node.name} ({node.total_size()} B)" if node.children else f"{node.name} ({node.size} B)"
    if is_root:
        lines = [label]
        child_prefix = ""
    else:
        lines = [prefix + ("└── " if is_last else "├── ") + label]
        child_prefix = prefix + ("    " if is_last else "│   ")
    for i, child in enumerate(node.children):
        lines.extend(render(child, child_prefix, i == len(node.children) - 1, False))
    return lines


def from_dict(name: str, data: dict | int) -> Node:
    if isinstance(data, int):
        return Node(name, data)
    return Node(name).add(*(from_dict(k, v) for k, v in data.items()))


if __name__ == "__main__":
    project = {
        "src": {"main.py": 1200, "utils": {"io.py": 430, "text.py": 880}},
        "tests": {"test_main.py": 640},
        "README.md": 2100,
        "pyproject.toml": 310,
    }
    print("\n".join(render(from_dict("project", project))))
