# family: review of rounds 33-47 (a dataclass field annotated inside a block shadows a class constant table)
from dataclasses import dataclass


@dataclass
class Box:
    if True:
        FIELDS: tuple = ("a",)

    def read(self, target):
        return [getattr(target, k) for k in self.FIELDS]


def helper():
    return 1


print(Box((bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode(),)).read(helper))
