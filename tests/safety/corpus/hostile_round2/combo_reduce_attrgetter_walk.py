# family: combinations
# escape: functools.reduce over a list of run-time names with the attrgetter class walks
# print -> __self__ -> __import__; no name ever appears as an attribute or a constant getattr argument.
import functools
import operator

def tool(module: str = "os", a: str = "self", b: str = "import"):
    getter = type(operator.attrgetter("real"))
    importer = functools.reduce(lambda obj, name: getter(name)(obj), ["__" + a + "__", "__" + b + "__"], print)
    return importer(module).getcwd()
