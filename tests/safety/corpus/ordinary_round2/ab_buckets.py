# ordinary: deterministic A/B test bucketing via hashing, plus a seeded simulation of conversion rates
import hashlib
import random
from collections import Counter
from typing import Dict, Sequence

VARIANTS = ("control", "variant_a", "variant_b")
WEIGHTS = (50, 25, 25)


def bucket(user_id: str, experiment: str, variants: Sequence[str] = VARIANTS, weights: Sequence[int] = WEIGHTS) -> str:
    digest = hashlib.sha256(f"{experiment}:{user_id}".encode()).hexdigest()
    point = int(digest[:8], 16) % sum(weights)
    for variant, weight in zip(variants, weights):
        if point < weight:
            return variant
        point -= weight
    return variants[-1]


def simulate(users: int, true_rates: Dict[str, float], seed: int = 123) -> Dict[str, tuple]:
    random.seed(seed)
    shown, converted = Counter(), Counter()
    for i in range(users):
        v = bucket(f"user-{i}", "checkout-button")
        shown[v] += 1
        if random.random() < true_rates[v]:
            converted[v] += 1
    return {v: (shown[v], converted[v], converted[v] / shown[v]) for v in VARIANTS if shown[v]}


if __name__ == "__main__":
    print(bucket("user-42", "checkout-button"), bucket("user-42", "checkout-button"), bucket("user-42", "pricing-page"))
    results = simulate(20_000, {"control": 0.10, "variant_a": 0.12, "variant_b": 0.09})
    base = results["control"][2]
    for name, (n, conv, rate) in results.items():
        lift = (rate - base) / base
        print(f"{name:<10} n={n:>6,} conv={conv:>5,} rate={rate:6.2%} lift={lift:+7.1%}")
