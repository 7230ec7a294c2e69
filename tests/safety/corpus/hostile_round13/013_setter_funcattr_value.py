# family: red team, round 13 (setter_funcattr_value: x.setter that is no property's)
class A:
    def x(self):
        return 0

    x.setter = classmethod

    @x.setter
    def m(self):
        return type(self)


def run() -> str:
    t = A().m()
    return t.__name__


print(run())
