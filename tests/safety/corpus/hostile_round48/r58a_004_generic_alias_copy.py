# family: red team, round 58a (typing.Counter[int] alias forwards .copy to collections.Counter; copy(int) is type)
import base64
import typing

A = typing.Counter[int]
T = A.copy(int)
print(T)


def hook(cls):
    print("hook ran")


Base = T("Base", (), {base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode(): hook})


class Sub(Base):
    pass
