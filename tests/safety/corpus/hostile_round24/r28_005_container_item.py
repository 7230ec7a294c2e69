# family: red team, round 28 (library classes with methods that build from self, handed around)
# The library class stored in a list/dict and read back as an item: an ITEM binding, never judged by
# library_methods; UserList.copy is also `return self.__class__(self)`.
from collections import Counter, UserList


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


table = {"counter": Counter, "list": UserList}
proof(table["list"].copy(int))
proof([Counter][0].copy(int))
