# family: red team, round 58a (attrgetter('make')(Box)(Box))
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


T = operator.attrgetter("make")(Box)(Box)
print(T)
Base = T("Base", (), {base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode(): hook})
T("Sub", (Base,), {})
