# family: red team, round 33 (found while fixing: constructive classes through subclasses, module paths and typing)
from collections import Counter


class Tally(Counter):
    def meta(self):
        kls = type(self)
        return kls.copy(int)


print(Tally().meta())
