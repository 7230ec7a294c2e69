# family: closure
# Escape: a comprehension variable named self holds an attrgetter; self.__class__ is allowed by the name, so
# Get is the attrgetter class. "cell_contents" is just a string argument of an ordinary call (never checked),
# and the "__closure__" name is built at run time: the closure cells of a function are read directly.
import operator


def make_counter(secret: str):
    def peek():
        return secret
    return peek


def tool() -> list:
    Get = [self.__class__ for self in [operator.attrgetter("real")]][0]
    edge = "_" * 2
    cells = Get(edge + "closure" + edge)(make_counter("token"))
    return [Get("cell_contents")(cell) for cell in cells]
