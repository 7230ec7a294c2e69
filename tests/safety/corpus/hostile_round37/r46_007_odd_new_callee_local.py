# family: red team, round 46 (reachable)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Keeper:
    def __new__(kind):
        return kind


class Shape:
    def __new__(cls, *rest):
        return Keeper.__new__(cls)

    def encode(self):
        cls = type(self)
        return cls(self)


def main():
    k = Shape()
    meta = json.dumps(int, cls=lambda **options: k)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
