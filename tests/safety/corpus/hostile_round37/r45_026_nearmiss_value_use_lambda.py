# family: red team, round 45 (near-miss control: the class named as a value in the json cls factory)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)


meta = json.dumps(int, cls=lambda **options: Shape)
print(meta)
name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
base = meta("B", (), {name: classmethod(hook)})
meta("D", (base,), {})
