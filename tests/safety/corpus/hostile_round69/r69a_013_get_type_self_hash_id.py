# family: TABLE.get(type(self)) in D (type(self) read-only key) finds Key whose hash = hash(D) from id()/hash(); Key's closed __eq__ calls other.amount(int)
# checker: refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)

    def look(self, table):
        return table.get(type(self))


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print(other.amount(int))
        return False


table = {Key(hash(D)): 1}
print(D().look(table))
