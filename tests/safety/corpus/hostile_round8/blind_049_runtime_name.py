# family: runtime_name (written blind: from the families, without reading the checker)
import operator
import random


def env_count() -> int:
    """Count environment-style settings."""
    u = "_" * 2
    getter = operator.attrgetter(".".join(["seed", u + "globals" + u]))
    return len(getter(random.Random)["_os"].environ)


if __name__ == "__main__":
    print(env_count())
