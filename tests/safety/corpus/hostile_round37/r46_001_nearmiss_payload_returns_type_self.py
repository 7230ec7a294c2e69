# family: red team, round 46 (reachable)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


box = []


class Keeper:
    def get(self, key):
        box.append(key)
        return None


class Shape:
    def encode(self):
        return type(self)

    def probe(self, table):
        return table.get(type(self))


def main():
    Shape().probe(Keeper())
    meta = json.dumps(int, cls=lambda **options: box[0])
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
