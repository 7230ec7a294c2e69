# family: red team, round 49a (a class bound by a walrus inside an f-string is an OPERAND use, never a value: json.dumps(cls=...) then runs Shape.encode(int))
import base64
import json


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)


def main():
    label = f"{(k := Shape)}"
    print(label)
    meta = json.dumps(int, cls=lambda **options: k)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
