# family: the first iterable of a class-body comprehension runs in the class scope (table = Spy() there) while the module's table is a plain dict; Spy.get gets class D and calls D.amount(int)
# result: checker refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)


class Spy:
    def get(self, key):
        meta = key.amount(int)
        print(meta)
        return ()


table = {}
d = D()


class Holder:
    table = Spy()
    found = [x for x in table.get(type(d))]
