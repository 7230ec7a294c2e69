# family: imports
import importlib


def tool(name: str):
    return importlib.import_module(name).getcwd()
