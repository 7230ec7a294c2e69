# family: match type(d): case K.v (value pattern compares with ==) hands class D to Key's closed __eq__, which calls D.amount(int)
# checker: refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)


class Key:
    def __eq__(self, other):
        print(other.amount(int))
        return False


class K:
    v = Key()


d = D()
match type(d):
    case K.v:
        print("matched")
    case _:
        print("no")
