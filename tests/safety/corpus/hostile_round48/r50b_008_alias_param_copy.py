# family: red team, round 50b (typing alias handed to a parameter; .copy run on a class there)
import base64
import typing


def hook(cls):
    print("hook ran on", cls)


def grab(alias, value):
    return alias.copy(value)


def main():
    meta = grab(typing.Counter[int], int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
