"""A Bloom filter for fast probabilistic membership checks."""
import hashlib
import math
from array import array
from typing import Iterable


class BloomFilter:
    def __init__(self, expected_items: int, false_positive_rate: float = 0.01) -> None:
        if not 0 < false_positive_rate < 1:
            raise ValueError("false_positive_rate must be between 0 and 1")
        self.size = max(8, int(-expected_items * math.log(false_positive_rate) / math.log(2) ** 2))
        self.hash_count = max(1, round(self.size / max(expected_items, 1) * math.log(2)))
        self._bits = array("B", bytes((self.size + 7) // 8))
        self._count = 0

    def _positions(self, item: str) -> Iterable[int]:
        digest = hashlib.sha256(item.encode("utf-8")).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        for i in range(self.hash_count):
            yield (h1 + i * h2) % self.size

    def add(self, item: str) -> None:
        for pos in self._positions(item):
            self._bits[pos // 8] |= 1 << (pos % 8)
        self._count += 1

    def __contains__(self, item: str) -> bool:
        return all(self._bits[p // 8] & (1 << (p % 8)) for p in self._positions(item))

    def __len__(self) -> int:
        return self._count

    @property
    def fill_ratio(self) -> float:
        ones = sum(bin(b).count("1") for b in self._bits)
        return ones / self.size

    def __repr__(self) -> str:
        return f"BloomFilter(bits={self.size}, hashes={self.hash_count}, items={self._count})"


def bloom_demo(members: list[str], probes: list[str], fp_rate: float = 0.01) -> dict:
    bf = BloomFilter(len(members), fp_rate)
    for m in members:
        bf.add(m)
    member_set = set(members)
    answers = {p: (p in bf) for p in probes}
    false_positives = [p for p, hit in answers.items() if hit and p not in member_set]
    return {"filter": repr(bf), "fill_ratio": round(bf.fill_ratio, 3), "answers": answers,
            "false_positives": false_positives, "bytes": len(bf._bits)}


if __name__ == "__main__":
    words = [f"user{i}" for i in range(1000)]
    print(bloom_demo(words, ["user5", "user999", "user1000", "alice", "bob"] + [f"x{i}" for i in range(5)]))
