# family: red team, round 58a (UserDict.__or__(self, {}) in a method called with a class as self: self.__class__ is type)
import base64
from collections import UserDict


class Helper:
    def __or__(self, other):
        return int


class Box:
    data = Helper()

    def make(self):
        return UserDict.__or__(self, {})


def hook(cls):
    print("hook ran")


T = Box.make(Box)
print(T)
Base = T("Base", (), {base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode(): hook})
T("Sub", (Base,), {})
