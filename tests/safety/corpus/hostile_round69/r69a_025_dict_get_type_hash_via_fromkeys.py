# family: hash(D) recovered as hash(D.fromkeys)^hash(dict.fromkeys)^hash(dict) (builtin method hash = hp(self)^hp(cfunc)); table.get(type(d)) then hands class D to Key's closed __eq__, which calls other.amount(int) -> type(int)
# checker: safe (exit 0); escape: partial (prints <class 'type'> only; the full proof with the run-time-named __init_subclass__ hook is 026)
class D(dict):
    def amount(self):
        return type(self)(int)


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print(other.amount(int))
        return False


h = hash(D.fromkeys) ^ hash(dict.fromkeys) ^ hash(dict)
table = {Key(h): 1}
d = D()
print(table.get(type(d)))
