"""Monte Carlo estimates: pi and the chance of winning a dice game."""

import math
import random
import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Estimate:
    value: float
    stderr: float
    trials: int

    def interval(self, z: float = 1.96) -> tuple[float, float]:
        return (self.value - z * self.stderr, self.value + z * self.stderr)


def estimate_pi(trials: int = 10_000, seed: int | None = 42) -> Estimate:
    rng = random.Random(seed)
    hits = sum(1 for _ in range(trials) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    p = hits / trials
    return Estimate(4 * p, 4 * math.sqrt(p * (1 - p) / trials), trials)


def dice_game_win_rate(target: int = 10, dice: int = 3, trials: int = 5_000, seed: int | None = 1) -> Estimate:
    """Probability that the sum of `dice` six-sided dice is at least `target`."""
    rng = random.Random(seed)
    wins = [1.0 if sum(rng.randint(1, 6) for _ in range(dice)) >= target else 0.0 for _ in range(trials)]
    mean = statistics.fmean(wins)
    return Estimate(mean, statistics.pstdev(wins) / math.sqrt(trials), trials)


def run_simulations(trials: int = 10_000) -> dict[str, str]:
    pi = estimate_pi(trials)
    dice = dice_game_win_rate(trials=trials)
    lo, hi = pi.interval()
    return {
        "pi": f"{pi.value:.4f} (95% CI {lo:.4f}-{hi:.4f}, true {math.pi:.4f})",
        "dice>=10": f"{dice.value:.3%} ± {1.96 * dice.stderr:.3%}",
    }


if __name__ == "__main__":
    print(run_simulations())
