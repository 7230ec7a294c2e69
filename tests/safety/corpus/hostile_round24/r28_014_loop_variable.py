# family: red team, round 28 (library classes with methods that build from self, handed around)
# Iterating over a tuple of library classes: the loop variable is a plain name, not the import.
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


for kind in (Counter,):
    proof(kind.copy(int))
