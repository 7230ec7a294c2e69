# ordinary: Huffman compression - build a prefix code from character frequencies, encode and decode text
import heapq
from collections import Counter
from itertools import count
from typing import Dict, Optional, Tuple, Union

Tree = Union[str, Tuple["Tree", "Tree"]]


def build_tree(text: str) -> Optional[Tree]:
    freq = Counter(text)
    if not freq:
        return None
    tiebreak = count()
    heap = [(n, next(tiebreak), ch) for ch, n in freq.items()]
    heapq.heapify(heap)
    while len(heap) > 1:
        n1, _, left = heapq.heappop(heap)
        n2, _, right = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, next(tiebreak), (left, right)))
    return heap[0][2]


def code_table(tree: Optional[Tree]) -> Dict[str, str]:
    table: Dict[str, str] = {}

    def walk(node: Tree, prefix: str) -> None:
        if isinstance(node, str):
            table[node] = prefix or "0"
            return
        walk(node[0], prefix + "0")
        walk(node[1], prefix + "1")

    if tree is not None:
        walk(tree, "")
    return table


def encode(text: str) -> Tuple[str, Dict[str, str]]:
    table = code_table(build_tree(text))
    return "".join(table[ch] for ch in text), table


def decode(bits: str, table: Dict[str, str]) -> str:
    reverse = {code: ch for ch, code in table.items()}
    out, buf = [], ""
    for bit in bits:
        buf += bit
        if buf in reverse:
            out.append(reverse[buf])
            buf = ""
    if buf:
        raise ValueError("trailing bits do not form a symbol")
    return "".join(out)


if __name__ == "__main__":
    message = "abracadabra alakazam"
    bits, table = encode(message)
    for ch, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0])):
        print(f"{ch!r}: {code}")
    print(f"{len(bits)} bits vs {len(message) * 8} raw ({len(bits) / (len(message) * 8):.0%})")
    assert decode(bits, table) == message
