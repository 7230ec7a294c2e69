# family: import (written blind, second set)
"""Look up a helper module by name."""


def run(helper: str) -> str:
    module = __import__("".join(reversed(helper)))
    return str(module.getpid())


print(run("so"))
