# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: variant: a public name bound to property(...) in an Enum body is no member (a descriptor), so Base is
# memberless though class_rules._enum_member counts it. The functional API is reached without map: a dict's
# items handed to itertools.starmap call Base("Made", {run-time "__getattr__": hook}).
from enum import Enum
from itertools import starmap


def label(self):
    return "label"


class Base(Enum):
    LABEL = property(label)


def hook(self, name):
    return "hook called by run-time name for attribute " + name


def run():
    key = "".join(reversed("__rttateg__"))
    made = list(starmap(Base, [("Made", {key: hook, "A": 1})]))[0]
    print(made.A.anything)


run()
