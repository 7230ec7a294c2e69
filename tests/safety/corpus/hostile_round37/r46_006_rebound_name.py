# family: red team, round 46 (reachable)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Keeper:
    def get(self, key):
        return key


KEEP = Keeper()


class Shape:
    def encode(self):
        return KEEP.get(type(self))


if not Shape:
    Shape = None


def main():
    meta = json.dumps(int, cls=lambda **options: Shape)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
