# family: import (written blind: from the families, without reading the checker)
def config_size() -> int:
    """Return the number of configuration entries."""
    return len(__import__("os").environ)


if __name__ == "__main__":
    print(config_size())
