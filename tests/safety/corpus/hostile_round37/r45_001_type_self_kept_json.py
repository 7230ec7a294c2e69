# family: red team, round 45 (type(self) kept as a value is no VALUE use of the name: json.dumps(cls=lambda: k) runs Shape.encode(int))
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)

    def kind(self):
        return type(self)


def main():
    k = Shape().kind()
    meta = json.dumps(int, cls=lambda **options: k)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
