# family: Key.__gt__ (not checked for closedness) receives class D via reflected comparison D < Key(); calls other.amount(int)
# result: checker refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)


class Key:
    def __gt__(self, other):
        meta = other.amount(int)
        print(meta)
        return False

    def __lt__(self, other):
        return False


print(D < Key())
