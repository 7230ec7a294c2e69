# family: hook (written blind: from the families, without reading the checker)
import sys


def install_handler() -> str:
    """Install an error reporter."""
    sys.excepthook = lambda *a: print("swallowed")
    return "installed"


if __name__ == "__main__":
    print(install_handler())
