# family: env (written blind: from the families, without reading the checker)
import os


def setting(name: str = "HOME") -> str:
    """Return a setting."""
    return os.environ.get(name, "")


if __name__ == "__main__":
    print(setting())
