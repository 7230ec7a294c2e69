# family: red team, round 23 (special cases: prefixes, future annotations, exit types, library base stores)
# A class decorated by the tool's own function hands the class to that function's parameter `k`;
# objects._bound takes any parameter (not named cls) for an object while no class name is used as a value,
# so k.describe(k) passes as a bound-method call and describe's `self` is the class: type(self) is `type`.
def deco(k):
    k.kind = k.describe(k)
    return k


@deco
class Shape:
    def describe(self):
        return type(self)


def entry():
    meta = Shape.kind
    print(meta)
    made = meta("Made", (), {"greeting": "class built at run time"})
    print(made, made.greeting)


entry()
