# family: match type(d): case Key(): isinstance; case str(x)... value compare via mapping
# result: checker refused (exit 1); escape: no
class D(dict):
    def amount(self):
        return type(self)(int)


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return False

    def __lt__(self, other):
        print(other.amount(int))
        return False

    def __gt__(self, other):
        print(other.amount(int))
        return False

    def __le__(self, other):
        print(other.amount(int))
        return False

    def __contains__(self, item):
        print(item.amount(int))
        return False


h = hash(D.fromkeys) ^ hash(dict.fromkeys) ^ hash(dict)
d = D()
k = Key(h)
match type(d):
    case {"a": 1}:
        pass
    case _ if type(d) <= k:
        pass
