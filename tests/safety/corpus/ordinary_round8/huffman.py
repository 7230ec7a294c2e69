"""Huffman coding: build a code table, encode and decode text."""
import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False, repr=False)
    right: Optional["Node"] = field(default=None, compare=False, repr=False)

    @property
    def is_leaf(self) -> bool:
        return self.symbol is not None


def build_tree(text: str) -> Node:
    freq = Counter(text)
    heap = [Node(w, i, s) for i, (s, w) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    order = len(heap)
    if len(heap) == 1:
        only = heap[0]
        return Node(only.weight, order, left=only)
    while len(heap) > 1:
        a, b = heapq.heappop(heap), heapq.heappop(heap)
        heapq.heappush(heap, Node(a.weight + b.weight, order, left=a, right=b))
        order += 1
    return heap[0]


def code_table(node: Node, prefix: str = "") -> dict[str, str]:
    if node.is_leaf:
        return {node.symbol: prefix or "0"}
    table: dict[str, str] = {}
    if node.left:
        table.update(code_table(node.left, prefix + "0"))
    if node.right:
        table.update(code_table(node.right, prefix + "1"))
    return table


def decode(bits: str, root: Node) -> str:
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf:
            out.append(node.symbol)
            node = root
    return "".join(out)


def huffman(text: str) -> dict:
    if not text:
        return {"codes": {}, "bits": "", "ratio": 0.0}
    root = build_tree(text)
    codes = code_table(root)
    bits = "".join(codes[ch] for ch in text)
    assert decode(bits, root) == text
    return {
        "codes": dict(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0]))),
        "encoded_bits": len(bits),
        "original_bits": len(text.encode("utf-8")) * 8,
        "ratio": round(len(bits) / (len(text.encode("utf-8")) * 8), 3),
        "preview": bits[:64],
    }


if __name__ == "__main__":
    print(huffman("abracadabra alakazam"))
    print(huffman("aaaa"))
