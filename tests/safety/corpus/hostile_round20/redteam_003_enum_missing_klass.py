# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# (failed, flawed) Like rt_001 from Enum's accepted _missing_ classmethod with a first parameter not named cls;
# written passing Mode by name, which counts as a class value, so refused; Enum classes are also not plain
# for class_constant. Kept for the record.
from collections import namedtuple
from enum import Enum


class Mode(Enum):
    A = 1
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out

    @classmethod
    def _missing_(klass, value):
        return klass.A if value == 0 else None


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(Mode, box, helper)[0]
    print(sorted(got.keys())[:8])


run()
