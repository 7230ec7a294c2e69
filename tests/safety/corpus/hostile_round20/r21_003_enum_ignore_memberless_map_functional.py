# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: variant of rt_001 through another way an Enum "member" is no member: _ignore_ names it, so
# class_rules._enum_member (which counts every public assignment) thinks Base has members while enum sees
# none. map(Base, ...) then reaches the functional API with a run-time "__getattr__" hook, which is called.
from enum import Enum


class Base(Enum):
    _ignore_ = ["LABEL"]
    LABEL = 1


def hook(self, name):
    return "hook called by run-time name for attribute " + name


def run():
    key = "".join(reversed("__rttateg__"))
    made = list(map(Base, ["Made"], [{key: hook, "A": 1}]))[0]
    print(made.A.anything)


run()
