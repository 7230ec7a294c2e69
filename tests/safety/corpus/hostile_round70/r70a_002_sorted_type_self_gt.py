# family: sorted([type(self), Key()]) in a D method: list sort compares D < Key(), reflected Key.__gt__(D) calls D.amount(int)
# result: checker refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)

    def order(self):
        return sorted([type(self), Key()])


class Key:
    def __gt__(self, other):
        meta = other.amount(int)
        print(meta)
        return False

    def __lt__(self, other):
        return False


D().order()
