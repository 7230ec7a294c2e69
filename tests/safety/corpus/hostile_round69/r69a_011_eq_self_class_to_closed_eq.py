# family: D.__eq__ compares other == self.__class__; Key's closed __eq__ receives class D, reads other.amount and calls D.amount(int)
# checker: refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)

    def __eq__(self, other):
        return other == self.__class__


class Key:
    def __eq__(self, other):
        print(other.amount(int))
        return False


print(D() == Key())
