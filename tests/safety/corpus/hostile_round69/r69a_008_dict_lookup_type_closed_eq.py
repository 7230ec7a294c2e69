# family: dict.get(type(d)) hands class D to a key's 'closed' __eq__, which reads other.amount (a method of D) and calls it with int as self
# checker: refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)("N", (), {"a": 1})

    def code(self):
        return hash(type(self))


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print(other.amount(int))
        return False


d = D()
table = {Key(d.code()): 1}
print(table.get(type(d)))
