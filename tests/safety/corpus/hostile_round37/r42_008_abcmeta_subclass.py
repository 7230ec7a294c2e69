# family: red team, round 42 (a tool class deriving from ABCMeta: its methods' self is a class)
from abc import ABCMeta
import base64


class Meta(ABCMeta):
    def kind(self):
        return type(self)


def hook(cls):
    print("hook ran on", cls)


def main():
    made = Meta("Made", (), {})
    meta = made.kind()
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
