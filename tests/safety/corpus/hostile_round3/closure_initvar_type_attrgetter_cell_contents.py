# family: closure
# Escape: InitVar[type].type is the builtin `type` (the name only appears as a subscript operand), so
# type(attrgetter) is the attrgetter class. "__closure__" is built at run time and "cell_contents" is only a
# string argument of an ordinary call: the closure cells of functools.singledispatch's wrapper are read.
import dataclasses
import functools
import operator


def tool() -> list:
    Getter = dataclasses.InitVar[type].type(operator.attrgetter("real"))
    edge = "_" * 2
    cells = Getter(edge + "closure" + edge)(functools.singledispatch(len))
    return [Getter("cell_contents")(cell) for cell in cells]
