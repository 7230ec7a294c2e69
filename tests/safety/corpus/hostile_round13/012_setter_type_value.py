# family: red team, round 13 (setter_type_value: x.setter that is no property's)
class P:
    def setter(self, f):
        return classmethod(f)


def deco(f):
    return P()


class A:
    @deco
    def x(self):
        return 0

    @x.setter
    def m(self):
        return type(self)


def run() -> str:
    t = A().m()
    return t.__name__


print(run())
