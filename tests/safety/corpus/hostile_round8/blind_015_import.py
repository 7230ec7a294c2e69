# family: import (written blind: from the families, without reading the checker)
import sys


def run_id() -> int:
    """Return an identifier for this run."""
    return sys.modules["os"].getpid()


if __name__ == "__main__":
    print(run_id())
