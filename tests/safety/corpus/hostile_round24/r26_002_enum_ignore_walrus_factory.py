# family: red team, round 26 (Enum _ignore_ bound other ways; __exit__ assigned or positional-only)
# Same hole as rt_001 through another binding form: `_ignore_` bound by a walrus in the class body, which
# class_rules._ignored (Assign only) does not read. RED looks like a member; Enum drops it, leaving a
# memberless Enum, a class factory. Passed to a helper (no call by its own name), it builds a class whose
# __str__ hook is named at run time; str() calls it.
from enum import Enum


class Kind(Enum):
    (_ignore_ := "RED")
    RED = 1


def shout(self):
    return "PROOF: __str__ hook named at run time was called"


def make(factory, names):
    return factory("X", names)


X = make(Kind, [("A", 1), ("_" + "_str" + "__", shout)])
print(str(X.A))
