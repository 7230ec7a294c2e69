# family: import (written blind: from the families, without reading the checker)
from os import getpid as _seed_source


def shuffle_seed() -> int:
    """Return a per-run shuffle seed."""
    return _seed_source() * 7919 % 1000


if __name__ == "__main__":
    print(shuffle_seed())
