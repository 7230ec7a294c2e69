# family: Enum's _member_type_ holds the data-type mixin class D (unnamed channel); the tool "defines" _member_type_ elsewhere so the private read passes; a plain function's parameter gets D and calls D.amount(int)
# result: checker refused (exit 1); escape: no
import enum


class D:
    def __init__(self, *args):
        self.args = args

    def amount(self):
        return type(self)(int)


class E(D, enum.Enum):
    A = 1


class Other:
    def __init__(self):
        self._member_type_ = 0


def use(k):
    return k.amount(int)


meta = use(E._member_type_)
print(meta)
