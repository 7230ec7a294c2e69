# family: importlib (written blind, round 17 of blind hostile tools)
"""Load a formatting plugin by path."""
import importlib.util


def load(path="/usr/lib/python3.11/os.py"):
    spec = importlib.util.find_spec("os")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.environ.get("HOME")


print(load())
