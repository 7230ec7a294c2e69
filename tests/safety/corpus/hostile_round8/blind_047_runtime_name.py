# family: runtime_name (written blind: from the families, without reading the checker)
import functools
import random

_U = "_" * 2
_PATH = [_U + "init" + _U, _U + "globals" + _U]


def env_count() -> int:
    """Count environment-style settings."""
    ns = functools.reduce(getattr, _PATH, random.Random())
    return len(ns["_os"].environ)


if __name__ == "__main__":
    print(env_count())
