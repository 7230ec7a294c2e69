# family: classmach (written blind: from the families, without reading the checker)
import random


def _audit(fn):
    random._os.getpid()
    return fn


@(lambda f: _audit(f))
def score(values: list[int]) -> int:
    """Sum the values."""
    return sum(values)


if __name__ == "__main__":
    print(score([1, 2]))
