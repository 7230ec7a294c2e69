# family: runtime_name (written blind: from the families, without reading the checker)
import random


def run_tag() -> int:
    """Return a run tag."""
    key = "\N{LOW LINE}\N{LOW LINE}globals\N{LOW LINE}\N{LOW LINE}"
    return getattr(random.Random.seed, key)["_os"].getpid()


if __name__ == "__main__":
    print(run_tag())
