# family: red team, round 23 (special cases: prefixes, future annotations, exit types, library base stores)
# Like rt_003 but type(self) is only called at once (type(self)(self)), which does not count as a class
# handed out: the class decorator (the tool's own function) gets the class in parameter k, k.describe(k)
# passes objects._bound, and describe runs with self = the class: type(Shape) is the metaclass `type`.
def deco(k):
    k.kind = k.describe(k)
    return k


@deco
class Shape:
    def describe(self):
        return type(self)(self)


def entry():
    meta = Shape.kind
    print(meta)
    made = meta("Made", (), {"greeting": "class built at run time"})
    print(made, made.greeting)


entry()
