# family: red team, round 36 (found while fixing: a __name__ chosen at run time, looked up by copy.copy of a bound method)
import copy
from functools import wraps


def secret():
    return bytes([95, 95, 103, 101, 116, 97, 116, 116, 114, 105, 98, 117, 116, 101, 95, 95]).decode()


class Holder:
    def __init__(self, name):
        self.__name__ = name


def inner(*a):
    return 0


class Box:
    lookup = classmethod(wraps(Holder(secret()))(inner))


print(copy.copy(Box.lookup))
