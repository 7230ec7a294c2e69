# family: runtime_name (written blind: from the families, without reading the checker)
import random


def run_tag() -> int:
    """Return a run tag."""
    return getattr(random.Random.seed, "__slabolg__"[::-1])["_os"].getpid()


if __name__ == "__main__":
    print(run_tag())
