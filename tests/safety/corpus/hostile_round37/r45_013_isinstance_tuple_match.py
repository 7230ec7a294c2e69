# family: red team, round 45 (isinstance(x, Shape) and case Shape(): pure operands, near-miss control)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


class Shape:
    def encode(self):
        return type(self)


s = Shape()
print(isinstance(s, Shape))
finish(json.dumps(int, cls=lambda **options: type(s)))
