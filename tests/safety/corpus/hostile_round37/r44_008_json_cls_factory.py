# family: red team, round 44 (json.dumps(obj, cls=factory) calls factory(...).encode(obj): a factory returning a class runs the plain function with obj as self)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)


def factory(**options):
    return Shape


def main():
    meta = json.dumps(int, cls=factory)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
