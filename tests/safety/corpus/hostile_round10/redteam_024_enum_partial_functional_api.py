# family: red team, round 10 (enum_partial_functional_api)
# Variant of rt_006 (same root): the member-less Enum reached through functools.partial instead of an alias.
import copy
import enum
import functools


class Base(enum.Enum):
    helper = enum.nonmember(0)


def _d(word):
    u = "_"
    return u + u + word + u + u


def run():
    make = functools.partial(Base, "R")
    made = make({_d("copy"): None, "ONE": 1, _d("reduce_ex"): lambda self, p: (print, ("reduce hook ran",))})
    copy.copy(made.ONE)
    return made.__name__


print(run())
