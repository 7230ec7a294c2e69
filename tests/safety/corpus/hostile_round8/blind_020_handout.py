# family: handout (written blind: from the families, without reading the checker)
import random


def pick(items: list[str]) -> str:
    """Pick one item, seeded per process."""
    rng = random.Random(random._os.getpid())
    return rng.choice(items)


if __name__ == "__main__":
    print(pick(["a", "b", "c"]))
