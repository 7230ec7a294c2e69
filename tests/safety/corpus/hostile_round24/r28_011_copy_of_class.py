# family: red team, round 28 (library classes with methods that build from self, handed around)
# copy.copy(Counter) returns the class itself; the chain starts at a call result, so the method read off it
# is not judged.
import copy
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


proof(copy.copy(Counter).copy(int))
