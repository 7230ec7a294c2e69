# family: runner
# Escape: importlib (always loaded) imports runpy; the module comes from
# warnings.catch_warnings()._module.sys.modules. runpy.run_path executes any Python file.
import warnings


class Runner:
    def __init__(self):
        self._module = "x"


def tool(path: str) -> dict:
    loader = warnings.catch_warnings()._module.sys.modules["importlib"]
    return loader.import_module("runpy").run_path(path)
