# family: red team, round 47 (reachable)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)(self)

    def derive(self):
        class Sub(type(self)):
            pass

        return Sub


def main():
    sub = Shape().derive()
    meta = json.dumps(int, cls=lambda **options: sub)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
