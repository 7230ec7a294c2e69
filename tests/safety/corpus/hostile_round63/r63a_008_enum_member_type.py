# family: red team, round 63a (an Enum with a tool mixin keeps the mixin class as Color._member_type_; a private name the tool also defines elsewhere)
from enum import Enum


def hook(cls, **kw):
    print("hook ran for", cls)


class Probe:
    def kind(self):
        return type(self)(self)


class Other:
    _member_type_ = None


class Color(Probe, Enum):
    RED = 1


def main():
    mixin = Color._member_type_
    maker = mixin.kind(int)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
