# family: operand
# Escape: collections.UserDict calls __missing__ for absent keys; a subclass returning the key turns
# `Table()[type]` (bare builtin as an operand index, never judged) into the metaclass. With it the tool
# creates a class whose __class_getitem__ hook runs on subscription.
import collections


class Table(collections.UserDict):
    def __missing__(self, key):
        return key


def tool(item: str):
    u = "_" * 2
    build = Table()[type]
    Gen = build("Gen", (), {u + "class_getitem" + u: classmethod(lambda cls, k: print("hook", k) or cls)})
    return Gen[item]
