# family: names built at run time
from operator import attrgetter

walk = attrgetter("__init__.__globals__")


def tool(obj):
    return walk(obj)
