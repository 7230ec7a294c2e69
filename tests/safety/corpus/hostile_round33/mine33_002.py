# family: red team, round 33 (found while fixing: constructive classes through subclasses, module paths and typing)
from collections import Counter


class Tally(Counter):
    pass


class Sub(Tally):
    pass


def grab(k):
    return k.copy(int)


print(grab(Sub))
