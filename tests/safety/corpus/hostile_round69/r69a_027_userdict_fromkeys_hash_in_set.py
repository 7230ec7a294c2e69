# family: variant: hash(D) from Python classmethod bound to D (hash(D.fromkeys)^hash(UserDict.fromkeys)^hash(UserDict)); 'type(d) in {Key(h)}' set display hands D to Key's closed __eq__; D.amount(int) gives type, which builds a class with a run-time-named __init_subclass__ hook
# checker: refused (exit 1); escape: no
import collections


class D(collections.UserDict):
    def amount(self):
        return type(self)(int)


def announce(*args):
    print("init_subclass hook ran", args)


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        meta = other.amount(int)
        print(meta)
        hook = "".join(chr(c) for c in [95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: announce})
        meta("Child", (base,), {})
        return False


h = hash(D.fromkeys) ^ hash(collections.UserDict.fromkeys) ^ hash(collections.UserDict)
d = D()
print(type(d) in {Key(h)})
