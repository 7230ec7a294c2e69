# family: submod (written blind, second set)
"""Collect warnings raised while normalising values."""
import warnings


class Collector:
    def __init__(self) -> None:
        self._module = "normalise"
        self.items: list[str] = []


def run(values: list[str]) -> str:
    c = Collector()
    guard = warnings.catch_warnings(record=True)
    host = guard._module.sys.modules["os"]
    c.items.append(str(host.getpid()))
    return ",".join(c.items + values)


print(run(["a"]))
