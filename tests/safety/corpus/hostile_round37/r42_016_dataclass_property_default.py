# family: red team, round 42 (dataclass field shadowed by a property: the instance gets the property object, whose fget takes anything)
from dataclasses import dataclass
import base64


def hook(cls):
    print("hook ran on", cls)


@dataclass
class Shape:
    kind: object

    @property
    def kind(self):
        return type(self)


def main():
    meta = Shape().kind
    print(meta)


main()
