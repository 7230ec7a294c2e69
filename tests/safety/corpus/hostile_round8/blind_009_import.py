# family: import (written blind: from the families, without reading the checker)
def worker_count() -> int:
    """Return how many workers to start."""
    import os
    return os.getpid() % 4 + 1


if __name__ == "__main__":
    print(worker_count())
