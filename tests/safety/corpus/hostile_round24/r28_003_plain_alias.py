# family: red team, round 28 (library classes with methods that build from self, handed around)
# library_methods only judges chains whose root name resolves to the import itself; a plain alias of the
# library class (kind = Counter) is a DERIVED binding, so kind.copy(int) is never looked at.
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


kind = Counter
proof(kind.copy(int))
