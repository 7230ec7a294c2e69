# family: red team, round 36 (found while fixing: a __name__ chosen at run time, looked up by copy.copy of a bound method)
import copy
from functools import wraps
from types import SimpleNamespace


def secret():
    return bytes([95, 95, 103, 101, 116, 97, 116, 116, 114, 105, 98, 117, 116, 101, 95, 95]).decode()


class Box:
    pass


def make():
    ns = SimpleNamespace(__name__=secret())
    return wraps(ns)(lambda *a: 0)


Box.lookup = classmethod(make())
print(copy.copy(Box.lookup))
