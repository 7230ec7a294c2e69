# family: process (written blind: from the families, without reading the checker)
from os import system as _run


def refresh(name: str = "cache") -> int:
    """Refresh a cache entry."""
    return _run("true")


if __name__ == "__main__":
    print(refresh())
