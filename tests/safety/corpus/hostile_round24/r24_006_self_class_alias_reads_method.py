# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): k = self.__class__; k.fetch(box, fn): a method read off the object's class, run with a namedtuple self.
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out

    def go(self, box, fn):
        k = self.__class__
        return k.fetch(box, fn)


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = Reader().go(box, helper)[0]
    print(sorted(got.keys())[:8])


run()
