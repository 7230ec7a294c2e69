# family: import (written blind: from the families, without reading the checker)
from os import *


def current_folder() -> str:
    """Return the name of the working folder."""
    return getcwd().rsplit("/", 1)[-1]


if __name__ == "__main__":
    print(current_folder())
