# family: red team, round 28 (library classes with methods that build from self, handed around)
# operator.attrgetter with the constant, public name 'copy' applied to the class Counter returns the plain
# function Counter.copy; the constant-name rule is satisfied and library_methods never sees a chain.
import operator
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


grab = operator.attrgetter("copy")
proof(grab(Counter)(int))
