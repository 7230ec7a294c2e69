"""Huffman coding: build codes, encode and decode text."""

import heapq
from collections import Counter
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class _Node:
    weight: int
    order: int
    symbol: str | None = field(default=None, compare=False)
    left: "_Node | None" = field(default=None, compare=False)
    right: "_Node | None" = field(default=None, compare=False)


def build_codes(text: str) -> dict[str, str]:
    if not text:
        return {}
    tie = count()
    heap = [_Node(w, next(tie), s) for s, w in Counter(text).items()]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0].symbol: "0"}  # type: ignore[dict-item]
    while len(heap) > 1:
        a, b = heapq.heappop(heap), heapq.heappop(heap)
        heapq.heappush(heap, _Node(a.weight + b.weight, next(tie), None, a, b))
    codes: dict[str, str] = {}

    def walk(node: _Node, prefix: str) -> None:
        if node.symbol is not None:
            codes[node.symbol] = prefix
            return
        walk(node.left, prefix + "0")  # type: ignore[arg-type]
        walk(node.right, prefix + "1")  # type: ignore[arg-type]

    walk(heap[0], "")
    return codes


def decode(bits: str, codes: dict[str, str]) -> str:
    reverse = {v: k for k, v in codes.items()}
    out, buf = [], ""
    for b in bits:
        buf += b
        if buf in reverse:
            out.append(reverse[buf])
            buf = ""
    return "".join(out)


def huffman_report(text: str) -> dict[str, object]:
    codes = build_codes(text)
    bits = "".join(codes[c] for c in text)
    return {"codes": dict(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0]))),
            "original_bits": len(text) * 8, "encoded_bits": len(bits),
            "roundtrip_ok": decode(bits, codes) == text}


if __name__ == "__main__":
    print(huffman_report("abracadabra alakazam"))
