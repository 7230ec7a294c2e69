# family: for table in (plain, spy): table.get(type(d)) - a NAMES binding passes the lookup-peer rule without its names being judged; Spy.get receives class D and calls D.amount(int)
# result: checker refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)


class Spy:
    def get(self, key):
        meta = key.amount(int)
        print(meta)
        return None


plain = {}
spy = Spy()
d = D()
for table in (plain, spy):
    print(table.get(type(d)))
