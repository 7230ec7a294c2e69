# family: Enum takes _value_repr_ from mixin D.__repr__ and (D being the data type) swaps in Enum.__repr__, which calls D.__repr__(member._value_); _value_ set to the class int -> D.__repr__ runs with self=int
# checker: refused (exit 1); escape: no
import enum


class D:
    def __init__(self, v):
        self._value_ = v

    def __repr__(self):
        return repr(type(self)(int))


class E(D, enum.Enum):
    A = int


print(repr(E.A))
