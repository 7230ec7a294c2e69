# family: dict key whose __eq__ is inherited from collections.abc.Set (not the tool's def, so not judged closed); Set.register(type) makes the class pass isinstance; Set.__eq__ then calls the tool's __le__ with the class
# result: checker refused (exit 1); escape: no
import collections.abc


class D:
    def amount(self):
        return type(self)(int)


class Key(collections.abc.Set):
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, item):
        return False

    def __le__(self, other):
        print(other.amount(int))
        return False


collections.abc.Set.register(type)
h = hash(D.fromkeys) ^ hash(dict.fromkeys) ^ hash(dict) if False else 0
d = D()
table = {Key(hash(D.amount) ^ hash(D.amount) ^ 0): 1}
print(table.get(type(d)))
