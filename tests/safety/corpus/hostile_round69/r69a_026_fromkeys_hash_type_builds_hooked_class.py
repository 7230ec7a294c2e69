# family: as 025, then the obtained <class 'type'> builds Base with an __init_subclass__ hook whose name is made at run time; subclassing Base runs the hook
# checker: safe (exit 0); escape: YES (prints <class 'type'>, builds Base with a run-time-named __init_subclass__ hook, subclassing runs it)
class D(dict):
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
        child = meta("Child", (base,), {})
        print(child)
        return False


h = hash(D.fromkeys) ^ hash(dict.fromkeys) ^ hash(dict)
table = {Key(h): 1}
d = D()
print(table.get(type(d)))
