# family: format (written blind: from the families, without reading the checker)
import random


def describe_rng(seed: int) -> str:
    """Describe a seeded generator."""
    u = "_" * 2
    template = "{0.seed." + u + "globals" + u + "[_os].environ}"
    return template.format(random.Random(seed))


if __name__ == "__main__":
    print(describe_rng(1)[:60])
