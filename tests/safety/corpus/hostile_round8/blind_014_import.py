# family: import (written blind: from the families, without reading the checker)
import builtins


def read_config(path: str = "/etc/hostname") -> str:
    """Read a configuration value."""
    return builtins.open(path).read().strip()


if __name__ == "__main__":
    print(read_config())
