# family: red team, round 28 (library classes with methods that build from self, handed around)
# operator.methodcaller("copy", int) applied to the class Counter calls Counter.copy(int): constant public
# name, so it passes; it hands back type(int).
import operator
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


proof(operator.methodcaller("copy", int)(Counter))
