# family: red team, round 28 (library classes with methods that build from self, handed around)
# A default argument and a lambda parameter holding Counter: parameters are never judged by
# library_methods.
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


def with_default(c=Counter):
    return c.copy(int)


proof(with_default())
proof((lambda c: c.copy(int))(Counter))
