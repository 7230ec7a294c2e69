# family: red team, round 59a (frozen dataclass's generated __delattr__ calls the module global super(cls, self); tool def named super formats the object with itself)
import base64
from dataclasses import dataclass


def super(kind, value):
    print(kind.format(value, value))
    raise AttributeError("done")


@dataclass(frozen=True, init=False)
class Text(str):
    pass


class Loose(Text):
    pass


def run():
    made = Loose(base64.b64decode("ezAuX19kZWxhdHRyX18uX19nbG9iYWxzX19bX19idWlsdGluc19fXX0=").decode())
    try:
        del made.extra
    except AttributeError:
        pass


run()
