# family: imports
from importlib import import_module as load


def tool():
    return load("o" + "s").environ.copy()
