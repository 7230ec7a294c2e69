# family: red team, round 28 (library classes with methods that build from self, handed around)
# super(C, C) in a subclass of a library class: with a class as second argument super() returns the plain
# function Counter.copy (unbound); the super() use is judged only for the tool's own methods.
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


class Tally(Counter):
    def meta(self):
        return super(Tally, Tally).copy(int)


proof(Tally().meta())
