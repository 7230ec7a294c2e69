# family: red team, round 46 (reachable)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)

    def probe(self):
        cls = type(self)
        return cls.mro()[0]


def main():
    k = Shape().probe()
    meta = json.dumps(int, cls=lambda **options: k)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
