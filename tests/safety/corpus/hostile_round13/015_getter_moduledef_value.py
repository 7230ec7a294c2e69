# family: red team, round 13 (getter_moduledef_value: x.setter that is no property's)
class P:
    def getter(self, f):
        return classmethod(f)


def deco(f):
    return P()


@deco
def x():
    return 0


class A:
    @x.getter
    def m(self):
        return type(self)


def run() -> str:
    t = A().m()
    return t.__name__


print(run())
