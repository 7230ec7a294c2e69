# family: red team, round 45 (a class decorator of the tool keeps the class in a list: decorators are no VALUE use, so json's cls factory runs Shape.encode(int))
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


box = []


def keep(c):
    box.append(c)
    return c


@keep
class Shape:
    def encode(self):
        return type(self)


finish(json.dumps(int, cls=lambda **options: box[0]))
