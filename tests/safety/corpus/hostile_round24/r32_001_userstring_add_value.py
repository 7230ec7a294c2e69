# family: red team, round 32 (a class name reused hides a library base)
# Chain: UserString.__add__ read off the class as a VALUE (no call at the read, so the _METHODS
# constructor rule, which needs call.args, never fires; __add__ is a READABLE dunder). Called with a
# tool class C as self: self.__class__ is `type`, self.data + other returns a class K, so the method
# returns type(K) == type. Then build a class with a hook named at run time.
from collections import UserString


class K:
    pass


class D:
    def __add__(self, other):
        return K


class C:
    data = D()


add = UserString.__add__
meta = add(C, "x")
print(meta)
hook = "__init_" + "subclass__"


def ran(cls):
    print("hook ran for", cls.__name__)


Base = meta("Base", (), {hook: classmethod(ran)})


class Child(Base):
    pass
