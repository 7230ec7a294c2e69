# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): case [self] rebinds the method's self to a namedtuple before for key in self.FIELDS.
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
from collections import namedtuple

Box = namedtuple("Box", "FIELDS")


class Boom(Exception):
    pass


class Ctx:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self.v

    def __exit__(self, a, b, c):
        return False


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn, box):
        match [box]:
            case [self]:
                pass
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


def helper():
    return 1


def run():
    d = bytes([95, 95]).decode()
    box = Box((d + "globals" + d,))
    got = Reader().fetch(helper, box)[0]
    print(sorted(got.keys())[:8])


run()
