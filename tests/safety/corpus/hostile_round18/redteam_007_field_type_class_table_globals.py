# family: red team, round 18 (facts learned late in the final pass; classes handed out without their names)
# Chain: `for key in self.FIELDS: getattr(fn, key)` is trusted (dynamic_names._class_table ->
# class_constant -> objects.own_object) as long as no class is used as a value by name. dataclasses.fields()
# hands out the annotated class Reader via Field.type with no class name used as a value; k.read(box, fn)
# on it calls the plain function with a namedtuple as self, whose FIELDS is a run-time ["__globals__"].
from collections import namedtuple
from dataclasses import dataclass, fields


class Reader:
    FIELDS = ("name",)

    def read(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


@dataclass
class Slot:
    r: Reader = None


Box = namedtuple("Box", "FIELDS")


def call_read(k, obj, fn):
    return k.read(obj, fn)


def helper():
    return 1


def run():
    k = fields(Slot())[0].type
    box = Box(["".join(reversed("__slabolg__"))])
    got = call_read(k, box, helper)[0]
    print(sorted(got.keys())[:8])


run()
