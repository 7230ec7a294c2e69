# family: names built at run time
from functools import reduce


def tool(obj, path: list[str]):
    return reduce(getattr, path, obj)
