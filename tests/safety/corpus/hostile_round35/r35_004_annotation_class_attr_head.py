# family: red team, round 35 (checker._subscript: an annotation's head is an attribute of a tool class holding a spy)
from collections import Counter


class Spy:
    def __getitem__(self, k):
        print(k.copy(int))
        return int


class Holder:
    pass


Holder.spy = Spy()


def f() -> Holder.spy[Counter]:
    return 0
