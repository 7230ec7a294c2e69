"""Reproducible sampling helpers: weighted picks, shuffles and train/test splits."""
import random
from collections import Counter
from typing import Sequence, TypeVar

T = TypeVar("T")


def weighted_picks(items: Sequence[T], weights: Sequence[float], k: int, rng: random.Random) -> list[T]:
    if len(items) != len(weights):
        raise ValueError("items and weights differ in length")
    return rng.choices(items, weights=weights, k=k)


def reservoir_sample(stream, k: int, rng: random.Random) -> list:
    reservoir = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
        else:
            j = rng.randint(0, i)
            if j < k:
                reservoir[j] = item
    return reservoir


def split(items: Sequence[T], test_fraction: float, rng: random.Random) -> tuple[list[T], list[T]]:
    shuffled = list(items)
    rng.shuffle(shuffled)
    cut = int(round(len(shuffled) * (1 - test_fraction)))
    return shuffled[:cut], shuffled[cut:]


def sample_data(items: list[str], weights: list[float] | None = None, k: int = 5,
                seed: int = 42, test_fraction: float = 0.25) -> dict:
    rng = random.Random(seed)
    weights = weights or [1.0] * len(items)
    picks = weighted_picks(items, weights, k, rng)
    train, test = split(items, test_fraction, rng)
    return {
        "weighted_picks": picks,
        "pick_counts": dict(Counter(picks)),
        "reservoir": reservoir_sample(iter(items), min(3, len(items)), rng),
        "train": train,
        "test": test,
    }


if __name__ == "__main__":
    print(sample_data(list("abcdefgh"), weights=[5, 1, 1, 1, 1, 1, 1, 1], k=10))
