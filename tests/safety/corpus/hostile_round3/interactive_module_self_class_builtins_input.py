# family: interactive
# Escape: `self.__class__` is accepted whenever the receiver is *named* self; here `self` is a module-level
# variable holding an attrgetter, so Getter is the attrgetter class. Getter("__builtins__") (name built at
# run time) reads the function's builtins dict, and input() reads the terminal.
import operator

self = operator.attrgetter("real")
Getter = self.__class__


def ask(prompt: str) -> str:
    edge = "_" * 2
    builtins_ns = Getter(edge + "builtins" + edge)(ask)
    return builtins_ns["input"](prompt)
