# family: variant: amount lives in a plain class D; S(D, dict) only supplies the hash via hash(S.fromkeys)^hash(dict.fromkeys)^hash(dict); table.get(type(s)) -> Key closed __eq__ -> other.amount(int) -> type builds hooked class
# checker: safe (exit 0); escape: YES (prints <class 'type'>, builds Base with a run-time-named __init_subclass__ hook, subclassing runs it)
class D:
    def amount(self):
        return type(self)(int)


class S(D, dict):
    pass


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


h = hash(S.fromkeys) ^ hash(dict.fromkeys) ^ hash(dict)
table = {Key(h): 1}
s = S()
print(table.get(type(s)))
