# family: dict display .get(type(e)) with Key hash = hash(type(e)); closed __eq__ reads other.amount (inherited from Base via Base[int] base, outside _family) and calls it with int
# checker: refused (exit 1); escape: no
import typing

T = typing.TypeVar("T")


class Base(typing.Generic[T]):
    def amount(self):
        return type(self)(int)


class E(Base[int]):
    def code(self):
        return hash(type(self))


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print(other.amount(int))
        return False


e = E()
print({Key(e.code()): 1}.get(type(e)))
