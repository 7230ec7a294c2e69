# family: red team, round 19 (source layer, normalised names, allow-list guards)
# rt_004: walk-order probe. ctx.enum_classes is filled as classes are visited, so an Enum subclass used
# (or derived from) inside a function body written before the class might escape the Enum functional-API
# rule; an alias E = enum.Enum tries the same by name. Would build a class with a dunder member from a
# run-time name.
import enum

E = enum.Enum


def mk():
    class B(A):
        pass
    return B("X", {"".join(reversed("__rtteg__")): print})


class A(E):
    pass


print(mk())
