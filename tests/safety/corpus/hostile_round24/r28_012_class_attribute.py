# family: red team, round 28 (library classes with methods that build from self, handed around)
# The library class kept as a class attribute (or instance attribute) of a tool class; T.kind.copy and
# self.kind.copy are chains on the tool's class/self, not on a library name.
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


class Holder:
    kind = Counter

    def via_self(self):
        return self.kind.copy(int)


proof(Holder.kind.copy(int))
proof(Holder().via_self())
