# family: red team, round 59b (typing.Counter alias forwards .copy to collections.Counter.copy; copy(int) is int.__class__(int) = type)
import base64
import typing


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


maker = typing.Counter.copy(int)
print(maker)
key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
first = maker("A", (object,), {key: hook})
second = maker("B", (first,), {})
print(second)
