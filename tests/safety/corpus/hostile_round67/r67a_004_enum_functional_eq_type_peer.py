# family: red team, round 67a (functional Enum member with open __eq__ compared with type(x) receives the metaclass type)
from enum import Enum

caught = []


def grab(s, o):
    caught.append(o)
    return False


Peer = Enum("Peer", [("A", 1), ("__eq__", grab), ("__hash__", lambda s: 1)])


def probe(x):
    return type(x) == Peer.A


class Thing:
    pass


probe(Thing)
t = caught[0]
print(t)
hook = "_" * 2 + "init" + "_sub" + "class" + "_" * 2
Base = t("Base", (), {hook: lambda c: print("hook ran", c)})
Child = t("Child", (Base,), {})
