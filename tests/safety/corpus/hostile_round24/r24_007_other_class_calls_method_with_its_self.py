# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): Reader.fetch(self, fn) inside another class's method: Reader.fetch runs with an Other object as self.
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


class Other:
    def go(self, fn):
        return Reader.fetch(self, fn)


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = Other().go(helper)[0]
    print(sorted(got.keys())[:8])


run()
