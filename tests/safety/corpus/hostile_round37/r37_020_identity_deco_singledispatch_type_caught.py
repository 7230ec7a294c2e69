# family: red team, round 37 (plain_classes._identity near-miss: singledispatch identity decorator with an implementation registered for type; refused: registering a metaclass by annotation)
import functools


class Holder:
    def reveal(self):
        return type(self)


class Evil:
    def __new__(cls):
        return Holder


@functools.singledispatch
def deco(c):
    return c


@deco.register
def _(c: type):
    return Evil


@deco
class A:
    pass


class B(A):
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
