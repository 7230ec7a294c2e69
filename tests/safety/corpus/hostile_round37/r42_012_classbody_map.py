# family: red team, round 42 (class body calls its own method before the class exists)
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def kind(self):
        return type(self)

    grabbed = next(map(kind, [int]))


def main():
    meta = Shape.grabbed
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
