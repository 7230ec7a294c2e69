# family: red team, round 28 (library classes with methods that build from self, handed around)
# The intended exemption itself: Counter.copy(self) inside a method of a Counter subclass. The method is
# then called off the tool's class with int as self (Tally.dup(int)); nothing checks that self is an
# object, so Counter.copy(int) == type(int).
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


class Tally(Counter):
    def dup(self):
        return Counter.copy(self)


proof(Tally.dup(int))
