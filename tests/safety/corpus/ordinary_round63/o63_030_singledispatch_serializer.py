# family: ordinary, blind round 63 (type-dispatched serializer with singledispatchmethod)
from datetime import date, datetime
from decimal import Decimal
from functools import singledispatchmethod


class XMLSerializer:
    def __init__(self, indent="  "):
        self.indent = indent

    @singledispatchmethod
    def serialize(self, value, tag="value", level=0):
        raise TypeError(f"cannot serialize {value!r}")

    @serialize.register
    def _(self, value: str, tag="value", level=0):
        escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f"{self.indent * level}<{tag}>{escaped}</{tag}>"

    @serialize.register(int)
    @serialize.register(float)
    @serialize.register(Decimal)
    def _(self, value, tag="value", level=0):
        return f"{self.indent * level}<{tag} type=\"number\">{value}</{tag}>"

    @serialize.register
    def _(self, value: bool, tag="value", level=0):
        return f"{self.indent * level}<{tag} type=\"bool\">{str(value).lower()}</{tag}>"

    @serialize.register
    def _(self, value: date, tag="value", level=0):
        return f"{self.indent * level}<{tag} type=\"date\">{value.isoformat()}</{tag}>"

    @serialize.register
    def _(self, value: list, tag="list", level=0):
        inner = [self.serialize(v, "item", level + 1) for v in value]
        pad = self.indent * level
        return "\n".join([f"{pad}<{tag}>", *inner, f"{pad}</{tag}>"])

    @serialize.register
    def _(self, value: dict, tag="object", level=0):
        inner = [self.serialize(v, k, level + 1) for k, v in value.items()]
        pad = self.indent * level
        return "\n".join([f"{pad}<{tag}>", *inner, f"{pad}</{tag}>"])


if __name__ == "__main__":
    s = XMLSerializer()
    record = {
        "name": "Fish & Chips <large>",
        "price": Decimal("8.95"),
        "vegan": False,
        "served": datetime(2024, 5, 1, 18, 30),
        "sides": ["peas", 2, 3.5],
    }
    print(s.serialize(record, "dish"))
    try:
        s.serialize({1, 2})
    except TypeError as exc:
        print("error:", exc)
