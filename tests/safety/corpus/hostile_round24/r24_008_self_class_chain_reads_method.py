# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): self.__class__.fetch(box, fn): the plain function through the object's class.
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
        return self.__class__.fetch(box, fn)


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = Reader().go(box, helper)[0]
    print(sorted(got.keys())[:8])


run()
