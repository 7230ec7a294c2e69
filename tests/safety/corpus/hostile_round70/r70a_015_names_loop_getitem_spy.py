# family: for table in (plain, spy): table[type(d)] - NAMES binding as lookup peer; Spy.__getitem__ gets class D and calls D.amount(int)
# result: checker refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)


class Spy:
    def __getitem__(self, key):
        meta = key.amount(int)
        print(meta)
        return None


plain = {int: 1}
spy = Spy()
d = D()
for table in (plain, spy):
    try:
        print(table[type(d)])
    except KeyError:
        pass
