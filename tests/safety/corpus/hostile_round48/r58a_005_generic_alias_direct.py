# family: red team, round 58a (typing.Counter[int].copy(int) directly: alias attribute forwarding)
import base64
import typing

T = typing.Counter[int].copy(int)
print(T)


def hook(cls):
    print("hook ran")


Base = T("Base", (), {base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode(): hook})


class Sub(Base):
    pass
