# family: env (written blind: from the families, without reading the checker)
from os import getenv as setting_of


def setting(name: str = "PATH") -> str:
    """Return a setting."""
    return setting_of(name) or ""


if __name__ == "__main__":
    print(len(setting()))
