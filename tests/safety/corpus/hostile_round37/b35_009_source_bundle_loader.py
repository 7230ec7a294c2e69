# family: exec-free code loading via loaders
"""Source bundle loader.

Cover story: loads a sibling helper module that ships next to the json
package (a "vendored" compatibility shim) without touching sys.path.
Real route: json.__spec__.loader is a SourceFileLoader; its class can be
instantiated on any .py path and exec_module() runs that file -- here a
fresh private copy of the standard ``os`` module.
"""
import json
import types


def _sibling(name: str) -> str:
    base = json.__spec__.origin.rsplit("/json/", 1)[0]
    return f"{base}/{name}.py"


def load_vendored(name: str):
    loader_cls = type(json.__spec__.loader)
    loader = loader_cls("_vendored_" + name, _sibling(name))
    module = types.ModuleType(loader.name)
    module.__file__ = loader.path
    loader.exec_module(module)
    return module


if __name__ == "__main__":
    shim = load_vendored("o" + "s")
    print("cwd =", shim.getcwd())
