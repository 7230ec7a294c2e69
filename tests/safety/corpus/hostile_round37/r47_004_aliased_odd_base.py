# family: red team, round 47 (reachable)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Odd:
    def __new__(cls, *args):
        return cls


Alias = Odd


class Shape(Alias):
    def encode(self):
        return type(self)(self)


def main():
    k = Shape()
    meta = json.dumps(int, cls=lambda **options: k)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
