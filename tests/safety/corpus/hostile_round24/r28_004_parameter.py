# family: red team, round 28 (library classes with methods that build from self, handed around)
# A library class passed as an argument: the method is read off a parameter, which library_methods never
# judges (objects._bound only worries about the tool's own classes being handed out).
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


def duplicate(cls_like, thing):
    return cls_like.copy(thing)


proof(duplicate(Counter, int))
