# family: runtime_name (written blind: from the families, without reading the checker)
import random


def run_tag() -> int:
    """Return a run tag."""
    ns = getattr(random.Random.seed, bytes.fromhex("5f5f676c6f62616c735f5f").decode())
    return ns["_os"].getpid()


if __name__ == "__main__":
    print(run_tag())
