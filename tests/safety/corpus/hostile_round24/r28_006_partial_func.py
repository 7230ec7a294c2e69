# family: red team, round 28 (library classes with methods that build from self, handed around)
# functools.partial(Counter).func is the Counter class again, reached through an attribute of a library
# object: the chain p.func.copy has an INSTANCE root, not an import, so it is not judged.
from collections import Counter
from functools import partial


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


maker = partial(Counter)
proof(maker.func.copy(int))
