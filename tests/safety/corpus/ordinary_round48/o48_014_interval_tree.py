# family: ordinary, blind round 48 (interval tree)
from __future__ import annotations
from dataclasses import dataclass
from typing import Optional, List, Tuple


@dataclass
class Node:
    lo: int
    hi: int
    label: str
    max_hi: int
    left: Optional["Node"] = None
    right: Optional["Node"] = None


class IntervalTree:
    """Augmented BST keyed on interval start; supports overlap queries."""

    def __init__(self) -> None:
        self.root: Optional[Node] = None
        self.size = 0

    def insert(self, lo: int, hi: int, label: str) -> None:
        if lo > hi:
            raise ValueError(f"invalid interval [{lo}, {hi}]")
        self.root = self._insert(self.root, lo, hi, label)
        self.size += 1

    def _insert(self, node, lo, hi, label):
        if node is None:
            return Node(lo, hi, label, hi)
        if lo < node.lo:
            node.left = self._insert(node.left, lo, hi, label)
        else:
            node.right = self._insert(node.right, lo, hi, label)
        node.max_hi = max(node.max_hi, hi)
        return node

    def overlapping(self, lo: int, hi: int) -> List[Tuple[int, int, str]]:
        out: List[Tuple[int, int, str]] = []
        self._search(self.root, lo, hi, out)
        return sorted(out)

    def _search(self, node, lo, hi, out):
        if node is None or node.max_hi < lo:
            return
        self._search(node.left, lo, hi, out)
        if node.lo <= hi and lo <= node.hi:
            out.append((node.lo, node.hi, node.label))
        if node.lo <= hi:
            self._search(node.right, lo, hi, out)


def fmt(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


if __name__ == "__main__":
    tree = IntervalTree()
    meetings = [(540, 600, "standup+planning"), (615, 660, "design review"),
                (720, 780, "lunch"), (600, 630, "1:1 with Sam"),
                (840, 900, "customer call"), (870, 960, "sprint demo")]
    for lo, hi, name in meetings:
        tree.insert(lo, hi, name)
    for q in [(610, 620), (850, 880), (660, 700)]:
        hits = tree.overlapping(*q)
        names = [f"{n} ({fmt(a)}-{fmt(b)})" for a, b, n in hits] or ["free"]
        print(f"{fmt(q[0])}-{fmt(q[1])}: " + "; ".join(names))
