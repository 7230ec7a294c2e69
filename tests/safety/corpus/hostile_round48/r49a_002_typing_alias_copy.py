# family: red team, round 49a (typing.Counter[int] forwards .copy to collections.Counter.copy, run on a class)
import base64
import typing


def hook(cls):
    print("hook ran on", cls)


def main():
    alias = typing.Counter[int]
    meta = alias.copy(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
