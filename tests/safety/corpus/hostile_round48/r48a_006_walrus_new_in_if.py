# family: red team, round 48a (walrus __new__ inside an if block of the class body)
import base64


def hook(cls):
    print("hook ran on", cls)


def maker(cls, *args):
    return cls


class Shape:
    if True:
        [(__new__ := maker)]

    def encode(self):
        return type(self)(self)


def main():
    meta = Shape().encode(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
