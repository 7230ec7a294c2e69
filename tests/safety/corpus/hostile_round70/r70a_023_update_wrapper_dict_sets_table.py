# family: functools.update_wrapper(self, src) copies src.__dict__ into self (WRAPPER_UPDATES default), setting self.table to a Spy though every written store of table is a dict; Spy.get gets class D, calls D.amount(int)
# result: checker refused (exit 1); escape: no
import functools


class D:
    def amount(self):
        return type(self)(int)


class Spy:
    def get(self, key):
        meta = key.amount(int)
        print(meta)
        return None


class Source:
    def __init__(self):
        self.table = Spy()


class Holder:
    def __init__(self):
        self.table = {}

    def absorb(self, src):
        functools.update_wrapper(self, src)

    def look(self, x):
        return self.table.get(type(x))


h = Holder()
h.absorb(Source())
print(h.look(D()))
