# family: red team, round 28 (library classes with methods that build from self, handed around)
# The exemption in library_methods._judge for Base.method(self) only checks that the first argument is a
# Name spelled 'self'; a module-level function whose parameter is called self passes int through it.
# Counter.copy(int) runs int.__class__(int) == type(int) -> <class 'type'>.
from collections import Counter


def proof(meta):
    print("got:", meta)
    under = "-".replace("-", "_") * 2
    name = "".join([under, "get", "attr", under])
    made = meta("Made", (), {name: lambda self, key: "run-time-named hook ran for " + key})
    print(made().anything)


def copy_of(self):
    return Counter.copy(self)


proof(copy_of(int))
