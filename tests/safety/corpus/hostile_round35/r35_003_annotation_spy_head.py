# family: red team, round 35 (checker._subscript: an annotation's subscript head is a tool object with __getitem__)
from collections import Counter


class Spy:
    def __getitem__(self, k):
        print(k.copy(int))
        return int


spy = Spy()


def f() -> spy[Counter]:
    return 0
