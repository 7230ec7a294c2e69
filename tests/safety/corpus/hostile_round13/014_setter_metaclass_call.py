# family: red team, round 13 (setter_metaclass_call: x.setter that is no property's)
class A:
    def x(self):
        return 0

    x.setter = classmethod

    @x.setter
    def m(self):
        return type(self)


def run() -> str:
    meta = A().m()
    made = meta("Made", (), {"greeting": "built at run time by " + meta.__name__})
    return made.greeting


print(run())
