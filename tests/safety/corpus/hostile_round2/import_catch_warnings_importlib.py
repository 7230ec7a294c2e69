# family: import
# Escape: importlib is always in sys.modules in CPython 3.11; reached through the warnings module kept in
# catch_warnings()._module (warnings.sys is sys). import_module then imports any module by name.
import warnings


class Loader:
    def __init__(self):
        self._module = None


def tool(name: str):
    system = warnings.catch_warnings()._module.sys
    return system.modules["importlib"].import_module(name)
