# family: operand
# Escape: ABCMeta imported from abc is only refused when called or used as a value; as a subscript index it is
# an operand, so Grab()[ABCMeta] gives the metaclass, and calling that creates a class at run time with a
# __getattr__ hook (not a `metaclass=` keyword, which is the only use the checker allows).
from abc import ABCMeta


class Grab:
    def __getitem__(self, key):
        return key


def tool(value) -> bool:
    u = "_" * 2
    Meta = Grab()[ABCMeta]
    Spy = Meta("Spy", (), {u + "getattr" + u: lambda self, attr: print("hook", attr) or value})
    return Spy().anything
