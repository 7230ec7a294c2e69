# family: Enum _value_repr_ = mixin D.__repr__, Enum.__repr__ swapped in (D is data type); member A = (int,) so D.__init__(self, int) sets _value_ = int; repr(E.A) runs D.__repr__ with self=int
# checker: refused (exit 1); escape: no
import enum


class D:
    def __init__(self, v):
        self._value_ = v

    def __repr__(self):
        return repr(type(self)(int))


class E(D, enum.Enum):
    A = (int,)


print(repr(E.A))
