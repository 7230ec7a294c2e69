# family: red team, round 44 (functools.wraps(Class) copies the class's __dict__ (its plain functions) onto the wrapper)
import functools
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def kind(self):
        return type(self)


class Holder:
    pass


def main():
    holder = Holder()
    functools.wraps(Shape)(holder)
    meta = holder.kind(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
