# family: import (written blind: from the families, without reading the checker)
import importlib


def host_label() -> str:
    """Return a label for this host."""
    return importlib.import_module("socket").gethostname()


if __name__ == "__main__":
    print(host_label())
