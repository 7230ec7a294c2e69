# family: type(d) in t where t = (A, int) and class name A is rebound to a Key object by walrus; tuple contains calls Key.__eq__(D), closed eq reads other.amount and calls D.amount(int)
# checker: refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)


class Key:
    def __eq__(self, other):
        print(other.amount(int))
        return False


class A:
    pass


[A := Key() for _ in (1,)]
t = (A, int)
d = D()
print(type(d) in t)
