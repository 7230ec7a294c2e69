# family: red team, round 44 (implicit_reads: __match_args__ bound by a tuple-unpacking assignment in the class body is not read for names)
from typing import Protocol, runtime_checkable
import base64


@runtime_checkable
class Probe(Protocol):
    __match_args__, size = ("kind",), 1

    def kind(self):
        ...


class Shape:
    __match_args__ = ("kind",)
    size = 1

    def kind(self):
        return type(self)


def hook(cls):
    print("hook ran on", cls)


def main():
    subject = Shape
    match subject:
        case Probe(getter):
            meta = getter(int)
            print(meta)
            name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
            base = meta("B", (), {name: classmethod(hook)})
            meta("D", (base,), {})


main()
