# family: introspect
# Escape: type[str](x) is type(x) through a callable generic alias: the methodcaller class. Its
# "__subclasses__" name is built at run time, so every class of the interpreter is listed.
import operator


def tool(contains: str = "") -> list:
    Call = type[str](operator.methodcaller("lower"))
    edge = "_" * 2
    return [c.__qualname__ for c in Call(edge + "subclasses" + edge)(object) if contains in c.__qualname__]
