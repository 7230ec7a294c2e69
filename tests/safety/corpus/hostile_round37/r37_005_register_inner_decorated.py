# family: red team, round 37 (plain_classes._returns_argument, called form: register("k") returns a nested def that "returns its argument", but that def is itself decorated by swap, which replaces it; the class name A then holds Evil, a base whose __new__ is never followed)
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


REGISTRY = {}


def register(key):
    @swap
    def remember(c):
        REGISTRY[key] = c
        return c
    return remember


@register("a")
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
