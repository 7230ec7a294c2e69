# family: red team, round 63b (for key in self.FIELDS where FIELDS is a NamedTuple field: the instance value comes from the constructor)
from typing import NamedTuple


def helper():
    return 1


class Shower(NamedTuple):
    FIELDS: tuple = ("name", "size")

    def show(self, obj):
        for key in self.FIELDS:
            print(getattr(obj, key))


Shower(("".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]),)).show(helper)
