# family: red team, round 42 (positional class pattern reads __match_args__ names off a class subject; ABC registers object)
from abc import ABC
import base64


class Probe(ABC):
    __match_args__ = ("kind",)


class Shape:
    def kind(self):
        return type(self)


def hook(cls):
    print("hook ran on", cls)


def main():
    Probe.register(object)
    subject = Shape
    match subject:
        case Probe(getter):
            meta = getter(int)
            print(meta)
            name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
            base = meta("B", (), {name: classmethod(hook)})
            meta("D", (base,), {})


main()
