# family: red team, round 63b (method reading self.FIELDS called through the class with a namedtuple as self)
from collections import namedtuple


class Shower:
    FIELDS = ("name", "size")

    def show(self, obj):
        for key in self.FIELDS:
            print(getattr(obj, key))


def helper():
    return 1


Row = namedtuple("Row", "FIELDS")
Shower.show(Row(("".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]),)), helper)
