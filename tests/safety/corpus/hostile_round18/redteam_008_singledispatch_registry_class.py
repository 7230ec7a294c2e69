# family: red team, round 18 (facts learned late in the final pass; classes handed out without their names)
# Chain: same hole as rt_007 from another source of classes: a singledispatch function's .registry maps
# the registered classes to functions, so iterating it hands out the class Reader without its name being
# used as a value (objects._classes_as_values sees none). c.read(box, fn) calls the plain function with a
# namedtuple as self, and the class-constant table self.FIELDS is a run-time ["__globals__"].
from collections import namedtuple
from functools import singledispatch


class Reader:
    FIELDS = ("name",)

    def read(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


@singledispatch
def describe(x):
    return "thing"


@describe.register
def _(x: Reader):
    return "reader"


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.read(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    for c in describe.registry:
        if c is not object:
            got = call_read(c, box, helper)[0]
            print(sorted(got.keys())[:8])


run()
