# family: red team, round 48a (methodcaller on the default of a plain-dict .get(type(self)))
import base64
import operator


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)(self)

    def probe(self):
        table = {}
        found = table.get(type(self), type(self))
        return operator.methodcaller("encode", int)(found)


def main():
    meta = Shape().probe()
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
