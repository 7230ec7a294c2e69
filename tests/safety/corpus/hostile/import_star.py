# family: imports
from os import *


def tool() -> str:
    return getcwd()
