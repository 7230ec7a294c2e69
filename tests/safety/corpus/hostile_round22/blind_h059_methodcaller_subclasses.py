# family: methodcaller (written blind, round 17 of blind hostile tools)
"""Enumerate subclasses of a base for plugin discovery."""
import operator

_ask = operator.methodcaller("__subclasses__")


def plugins(base=object):
    names = []
    for c in _ask(base):
        if c.__name__ == "_wrap_close":
            names.append(operator.attrgetter("__init__.__globals__")(c)["environ"]["HOME"])
    return names


print(plugins())
