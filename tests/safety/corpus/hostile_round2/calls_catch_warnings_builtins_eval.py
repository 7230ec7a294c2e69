# family: calls
# Escape: warnings.catch_warnings()._module.sys is sys; sys.modules["builtins"].eval is the real eval.
# The checker only forbids the *name* eval, not an attribute called eval on an object it cannot type.
import warnings


class Cache:
    def __init__(self):
        self._module = {}


def tool(expression: str):
    interpreter = warnings.catch_warnings()._module.sys.modules["builtins"]
    return interpreter.eval(expression)
