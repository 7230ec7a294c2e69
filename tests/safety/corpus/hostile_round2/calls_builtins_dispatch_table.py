# family: calls
# Escape: a dispatch table of builtins taken as attributes of the builtins module (reached with
# catch_warnings()._module.sys.modules["builtins"]); "eval"/"exec"/"compile" are attribute names there, so
# no forbidden-builtin rule applies.
import warnings


class Table:
    _module = None


BUILTINS = warnings.catch_warnings()._module.sys.modules["builtins"]
OPS = {"calc": BUILTINS.eval, "run": BUILTINS.exec, "build": BUILTINS.compile}


def tool(op: str, text: str):
    return OPS[op](text)
