# family: red team, round 37 (plain_classes control: B derives from Evil directly; refused, _new_makes_objects follows the base)
class Holder:
    def reveal(self):
        return type(self)


class Evil:
    def __new__(cls):
        return Holder


def swap(f):
    def inner(c):
        return Evil
    return inner


@swap
def deco(c):
    return c


@deco
class A:
    pass


class B(Evil):
    pass


def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


meta = B().reveal(B())
print(meta)
hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
Base = meta("Base", (), {hook: classmethod(ran)})
meta("Child", (Base,), {})
