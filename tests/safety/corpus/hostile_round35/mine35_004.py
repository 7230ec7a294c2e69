# family: red team, round 36 (found while fixing: a __name__ chosen at run time, looked up by copy.copy of a bound method)
import copy
from functools import wraps
from types import SimpleNamespace


def secret():
    return bytes([95, 95, 103, 101, 116, 97, 116, 116, 114, 105, 98, 117, 116, 101, 95, 95]).decode()


def deco(fn):
    @wraps(fn)
    def inner(*a):
        return 0

    return inner


class Box:
    pass


Box.lookup = classmethod(deco(SimpleNamespace(__name__=secret())))
print(copy.copy(Box.lookup))
