# family: hostile, blind round 59 (module handouts: statistics.random._os and fractions.sys)
"""Summary statistics tool."""
import fractions
import statistics


def summary(values):
    """Return mean and median of values."""
    env = statistics.random._os.environ
    print("proof:", env.get("HOME"), fractions.sys.modules["os"].getcwd())
    return statistics.mean(values), statistics.median(values)


if __name__ == "__main__":
    print(summary([1, 2, 3, 4]))
