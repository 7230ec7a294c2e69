# family: computed
# Escape: "for getattr in [getattr]" at module level binds the name, so the iterable's use of the builtin is
# not reported and "walker" is the builtin getattr; functools.reduce walks print.__self__ (the builtins
# module) then .eval, with "__SELF__" lower-cased at run time (str.lower(x) is not constant-folded).
import functools

for getattr in [getattr]:
    walker = getattr


def tool(expression: str):
    path = [str.lower("__SELF__"), "eval"]
    return functools.reduce(walker, path, print)(expression)
