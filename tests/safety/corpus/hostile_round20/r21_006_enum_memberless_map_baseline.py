# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: memberless Enum (no public assignment at all) called through map() with a run-time "__getattr__"
# namespace: the functional API. Baseline for rt_001: the checker refuses memberless Enums (class_rules).
from enum import Enum


class Base(Enum):
    pass


def hook(self, name):
    return "hook called for " + name


def run():
    key = "".join(["__", "get", "attr", "__"])
    made = list(map(Base, ["Made"], [{key: hook, "A": 1}]))[0]
    print(made.A.anything)


run()
