# family: red team, round 45 (a nested class read off its outer class (Outer.Shape) is a CHAIN use of Outer, not a VALUE use of Shape)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


class Outer:
    class Shape:
        def encode(self):
            return type(self)


finish(json.dumps(int, cls=lambda **options: Outer.Shape))
