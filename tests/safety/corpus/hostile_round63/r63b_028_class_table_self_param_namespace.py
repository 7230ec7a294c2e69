# family: red team, round 63b (module-level function whose parameter is named self: self.FIELDS from a SimpleNamespace)
from types import SimpleNamespace


class Shower:
    FIELDS = ("name", "size")


def helper():
    return 1


def show(self, obj):
    for key in self.FIELDS:
        print(getattr(obj, key))


show(SimpleNamespace(FIELDS=("".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]),)), helper)
