# family: type(d) in [Key()] hands class D to Key's 'closed' __eq__ (reads other.amount, a public attr), which calls D.amount(int): type(int) builds a class
# checker: refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)("N", (), {"a": 1})


class Key:
    def __eq__(self, other):
        print(other.amount(int))
        return False


d = D()
print(type(d) in [Key()])
