# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: rt_001's memberless Enum (a lambda "member") makes a class Made whose __match_args__ is built at run
# time. class C(made, Names) is accepted for class patterns because class_rules._written_match_args is content
# when ANY base has written __match_args__ (Names), though the first base's (Made's) wins in the MRO.
# case C(g) then reads helper.__globals__ by the run-time name (C's __instancecheck__ is made's to answer).
from enum import Enum


class Base(Enum):
    LABEL = lambda self: "label"


class Names:
    __match_args__ = ("name",)


def helper():
    return 1


def run(obj):
    key = "".join(reversed("__sgra_hctam__"))
    made = list(map(Base, ["Made"], [{key: ("".join(reversed("__slabolg__")),)}]))[0]

    class C(made, Names):
        pass

    match obj:
        case C(g):
            print(sorted(g)[:8])
    return C


run(helper)
