# family: closure
# Escape: ChainMap().get(k, type(x)) returns the default, accepted as a lookup operand: the attrgetter class.
# It reads the __closure__ (run-time name) of functools.singledispatch's wrapper and each cell's contents
# ("cell_contents" is an unchecked string argument), i.e. the dispatcher's private registry and caches.
import collections
import functools
import operator


def tool() -> list:
    Getter = collections.ChainMap().get(0, type(operator.attrgetter("real")))
    dispatcher = functools.singledispatch(len)
    edge = "_" * 2
    cells = Getter(edge + "closure" + edge)(dispatcher)
    return [Getter("cell_contents")(cell) for cell in cells]
