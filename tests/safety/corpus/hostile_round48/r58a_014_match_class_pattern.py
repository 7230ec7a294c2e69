# family: red team, round 58a (match Box: case type(make=m): m(Box) reads make off the class by a class pattern)
import base64
import operator
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


match Box:
    case type(make=m):
        T = m(Box)
print(T)
Base = T("Base", (), {base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode(): hook})
T("Sub", (Base,), {})
