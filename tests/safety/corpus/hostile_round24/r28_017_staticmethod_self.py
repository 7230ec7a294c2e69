# family: red team, round 28 (library classes with methods that build from self, handed around)
# A staticmethod (of a plain tool class) whose parameter is spelled self satisfies the Base.method(self)
# exemption; it is an ordinary function of its argument.
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


class Tools:
    @staticmethod
    def dup(self):
        return Counter.copy(self)


proof(Tools.dup(int))
