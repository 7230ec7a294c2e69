# family: import (written blind, second set)
import importlib


def run(plugin: str) -> str:
    mod = importlib.import_module(plugin)
    return repr(mod.listdir("/tmp/r10/work"))


print(run("posix"))
