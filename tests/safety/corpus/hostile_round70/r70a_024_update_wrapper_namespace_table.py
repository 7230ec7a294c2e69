# family: functools.update_wrapper(self, types.SimpleNamespace(table=Spy())) copies the namespace's __dict__ onto self (WRAPPER_UPDATES default): self.table becomes a Spy with no attribute store of table but dicts; Spy.get gets class D, calls D.amount(int)
# result: checker refused (exit 1); escape: no
import functools
import types


class D:
    def amount(self):
        return type(self)(int)


class Spy:
    def get(self, key):
        meta = key.amount(int)
        print(meta)
        return None


class Holder:
    def __init__(self):
        self.table = {}

    def absorb(self, src):
        functools.update_wrapper(self, src)

    def look(self, x):
        return self.table.get(type(x))


h = Holder()
h.absorb(types.SimpleNamespace(table=Spy()))
print(h.look(D()))
