# family: runner
# Escape: a method named _module in a tool class makes "._module" an attribute the tool "defines"; on a
# warnings.catch_warnings() it is the warnings module, and importlib (always in sys.modules) loads timeit,
# whose timeit() compiles and runs a statement string.
import warnings


class Bench:
    def _module(self):
        return "bench"


def tool(stmt: str) -> float:
    importer = warnings.catch_warnings()._module.sys.modules["importlib"]
    return importer.import_module("timeit").timeit(stmt, number=1)
