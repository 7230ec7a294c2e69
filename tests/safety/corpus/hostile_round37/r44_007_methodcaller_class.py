# family: red team, round 44 (operator.methodcaller with a constant name applied to a class: the plain function gets the argument as self)
import operator
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def kind(self):
        return type(self)


def main():
    call = operator.methodcaller("kind", int)
    meta = next(map(call, [Shape]))
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
