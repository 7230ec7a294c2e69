# family: in a class body comprehension, table resolves to the module's table (a Spy), not the class body's plain dict; Spy.get gets class D and calls D.amount(int)
# result: checker refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)


class Spy:
    def get(self, key):
        meta = key.amount(int)
        print(meta)
        return None


table = Spy()
d = D()


class Holder:
    table = {}
    found = [table.get(type(x)) for x in (d,)]
