import random
import uuid
from collections import Counter


def sample_rows(rows: list[dict], k: int, seed: int | None = None, weight_key: str | None = None) -> list[dict]:
    """Reproducible sample of rows, optionally weighted by a numeric column."""
    rng = random.Random(seed)
    if k >= len(rows):
        return list(rows)
    if weight_key is None:
        return rng.sample(rows, k)
    weights = [float(r.get(weight_key, 0)) for r in rows]
    chosen: list[dict] = []
    pool = list(zip(rows, weights))
    for _ in range(k):
        total = sum(w for _, w in pool)
        pick = rng.uniform(0, total)
        running = 0.0
        for index, (row, weight) in enumerate(pool):
            running += weight
            if running >= pick:
                chosen.append(row)
                pool.pop(index)
                break
    return chosen


def shuffle_deck(seed: int) -> list[str]:
    deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
    random.Random(seed).shuffle(deck)
    return deck


def dice_stats(rolls: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    counts = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(rolls))
    return {"most_common": counts.most_common(1)[0][0], "run_id": str(uuid.uuid5(uuid.NAMESPACE_DNS, str(seed)))}
