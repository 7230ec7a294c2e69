# family: self.table (plain dict) .get(type(self)) with Key hashed by hash(type(self)); Key's closed __eq__ gets class D and calls other.amount(int)
# checker: refused (exit 1); escape: no
class D:
    def __init__(self):
        self.table = {}

    def amount(self):
        return type(self)(int)

    def code(self):
        return hash(type(self))

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
d.put(Key(d.code()))
print(d.look())
