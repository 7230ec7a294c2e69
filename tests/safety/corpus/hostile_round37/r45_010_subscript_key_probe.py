# family: red team, round 45 (table[Shape] (a subscript operand) hands Shape to the tool's __getitem__, which returns it)
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


class Table:
    def __getitem__(self, key):
        return key


got = Table()[Shape]
finish(json.dumps(int, cls=lambda **options: got))
