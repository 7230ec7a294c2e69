# family: red team, round 37 (plain_classes._identity: deco "returns its argument", but it is a functools.singledispatch function whose implementation registered for object (by annotation, replacing the default) returns another class; the class name A then holds Evil)
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
def _(c: object):
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
