# family: submod (written blind, second set)
"""Summary statistics with a reproducible jitter seed."""
import statistics


def run(values: list[float]) -> dict[str, float]:
    seed = statistics.random._os.getpid()
    return {"mean": statistics.fmean(values), "seed": seed}


print(run([1.0, 2.0]))
