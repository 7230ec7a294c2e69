"""Reproducible sampling utilities: weighted choice, reservoir, shuffling, A/B buckets."""
import hashlib
import random
from collections import Counter
from itertools import accumulate
from bisect import bisect


def weighted_choices(items: dict[str, float], k: int, seed: int | None = None) -> list[str]:
    rng = random.Random(seed)
    return rng.choices(list(items), weights=list(items.values()), k=k)


def reservoir_sample(stream, k: int, seed: int | None = None) -> list:
    rng = random.Random(seed)
    sample = []
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randint(0, i)
            if j < k:
                sample[j] = item
    return sample


class WeightedPicker:
    def __init__(self, weights: dict[str, float], seed: int | None = None):
        self.keys = list(weights)
        self.cumulative = list(accumulate(weights.values()))
        self.rng = random.Random(seed)

    def __call__(self) -> str:
        x = self.rng.random() * self.cumulative[-1]
        return self.keys[bisect(self.cumulative, x)]


def ab_bucket(user_id: str, experiment: str, buckets: dict[str, int]) -> str:
    """Deterministically assign a user to a bucket; weights are percentages."""
    digest = hashlib.sha256(f"{experiment}:{user_id}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") % 100
    running = 0
    for name, pct in buckets.items():
        running += pct
        if point < running:
            return name
    return list(buckets)[-1]


def sampling_report(seed: int = 42) -> dict:
    picker = WeightedPicker({"red": 1, "green": 3, "blue": 6}, seed)
    rng = random.Random(seed)
    deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
    rng.shuffle(deck)
    return {
        "choices": Counter(weighted_choices({"a": 0.7, "b": 0.2, "c": 0.1}, 1000, seed)),
        "picker": Counter(picker() for _ in range(1000)),
        "reservoir": reservoir_sample(range(10_000), 5, seed),
        "hand": sorted(deck[:5]),
        "gauss": round(rng.gauss(100, 15), 2),
        "ab": Counter(ab_bucket(f"user{i}", "checkout", {"control": 50, "variant": 50}) for i in range(1000)),
    }


if __name__ == "__main__":
    for k, v in sampling_report().items():
        print(k, v)
