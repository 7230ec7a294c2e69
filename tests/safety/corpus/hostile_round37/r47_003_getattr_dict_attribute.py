# family: red team, round 47 (reachable)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Keeper:
    def get(self, key):
        return key


class Shape:
    def reset(self):
        self.handlers = {}

    def __getattr__(self, name):
        return Keeper()

    def encode(self):
        return self.handlers.get(type(self))

    def probe(self):
        return self.handlers.get(type(self))


def main():
    k = Shape().probe()
    meta = json.dumps(int, cls=lambda **options: k)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
