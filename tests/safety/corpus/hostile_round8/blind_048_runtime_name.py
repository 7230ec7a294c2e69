# family: runtime_name (written blind: from the families, without reading the checker)
import random

_KEYS = ["_".join(["", "", "globals", "", ""])]


def env_count() -> int:
    """Count environment-style settings."""
    (ns,) = list(map(getattr, [random.Random.seed], _KEYS))
    return len(ns["_os"].environ)


if __name__ == "__main__":
    print(env_count())
