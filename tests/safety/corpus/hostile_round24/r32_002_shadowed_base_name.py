# family: red team, round 32 (a class name reused hides a library base)
# Chain: library_methods._library_bases maps class NAMES to scopes with a dict, so a second class with
# the same name hides the first. Y derives from X (UserString); then X is redefined as a plain class.
# _library_bases("Y") follows "X" to the plain class and finds no library base, so Y.__add__ (which is
# UserString.__add__) is not judged. Called with a tool class C as self, self.__class__ is type and
# self.data + other returns class K, so it returns type(K) == type.
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
