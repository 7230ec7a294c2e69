# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: class_rules._enum_member counts any public assignment as an Enum member, but a value that is a
# descriptor (here a lambda: functions are descriptors) is no member in enum, so Base is memberless and may be
# extended. map(Base, [name], [namespace]) calls EnumType.__call__ with names built at run time (the
# functional API): a class with a run-time "__getattr__" hook, which the interpreter then calls.
from enum import Enum


class Base(Enum):
    LABEL = lambda self: "label"


def hook(self, name):
    return "hook called by run-time name for attribute " + name


def run():
    key = "".join(["__", "get", "attr", "__"])
    made = list(map(Base, ["Made"], [{key: hook, "A": 1}]))[0]
    print(made.A.anything)


run()
