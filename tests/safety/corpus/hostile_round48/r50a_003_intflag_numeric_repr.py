# family: red team, round 50a (Flag._numeric_repr_ = repr is no classmethod: cls._numeric_repr_(unknown) gets a class)
import base64
import enum


class Bits(int):
    def __xor__(self, other):
        return int


class Perm(enum.IntFlag):
    READ = 1
    WRITE = 2

    def _numeric_repr_(self):
        print(type(self))
        hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
        base = type(self)("Base", (), {hook: classmethod(lambda c: print("hook ran"))})
        type(self)("Sub", (base,), {})
        return "x"


print(Perm(Bits(3)))
