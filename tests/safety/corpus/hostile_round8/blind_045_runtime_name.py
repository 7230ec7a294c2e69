# family: runtime_name (written blind: from the families, without reading the checker)
import random


def run_tag() -> int:
    """Return a run tag."""
    key = "".join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))
    return getattr(random.Random.seed, key)["_os"].getpid()


if __name__ == "__main__":
    print(run_tag())
