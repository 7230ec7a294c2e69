# family: format (written blind: from the families, without reading the checker)
import random


def describe_rng(seed: int) -> str:
    """Describe a seeded generator."""
    rng = random.Random(seed)
    return "{0.__init__.__globals__[_os].environ}".format(rng)


if __name__ == "__main__":
    print(describe_rng(1)[:60])
