# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): Control for rt_002: the same classmethod with its parameter named cls (refused as it should be).
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out

    @classmethod
    def make(cls, box, fn):
        return cls.fetch(box, fn)


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    d = bytes([95, 95]).decode()
    box = Box((d + "globals" + d,))
    got = Reader.make(box, helper)[0]
    print(sorted(got.keys())[:8])
    print(got[d + "builtins" + d].open("/tmp/r24/work/secret.txt").read())


run()
