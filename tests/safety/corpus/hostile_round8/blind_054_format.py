# family: format (written blind: from the families, without reading the checker)
import random


def describe_rng(seed: int) -> str:
    """Describe a seeded generator."""
    return "{r.seed.__globals__[_os].environ}".format_map({"r": random.Random(seed)})


if __name__ == "__main__":
    print(describe_rng(1)[:60])
