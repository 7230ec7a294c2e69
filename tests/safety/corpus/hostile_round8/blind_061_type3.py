# family: type3 (written blind: from the families, without reading the checker)
import random


def settings() -> str:
    """Expose settings as attributes."""
    Loader = type("Loader", (), {"__getattr__": lambda self, n: random._os.getenv(n, "")})
    return Loader().HOME


if __name__ == "__main__":
    print(settings())
