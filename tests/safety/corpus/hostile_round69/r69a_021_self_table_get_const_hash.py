# family: self.table.get(type(self)) (plain dict, type(self) read-only) reaching Key's closed __eq__, which calls other.amount(int); constant hash (runtime would not collide) to see what the checker says
# checker: refused (exit 1); escape: no
class D:
    def __init__(self):
        self.table = {}

    def amount(self):
        return type(self)(int)

    def put(self, key):
        self.table[key] = 1

    def look(self):
        return self.table.get(type(self))


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print(other.amount(int))
        return False


d = D()
d.put(Key(5))
print(d.look())
