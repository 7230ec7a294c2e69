# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): k = {'a': Reader}['a']; match k: case object(fetch=f).
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
from collections import namedtuple

Box = namedtuple("Box", "FIELDS")


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


def helper():
    return 1


def run():
    d = bytes([95, 95]).decode()
    box = Box((d + "globals" + d,))
    k = {"a": Reader}["a"]
    match k:
        case object(fetch=f):
            pass
    got = f(box, helper)[0]
    print(sorted(got.keys())[:8])


run()
