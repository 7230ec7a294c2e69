# family: red team, round 48a (x.get(type(self)) on a name a starred unpack misaligns)
import base64


def hook(cls):
    print("hook ran on", cls)


class Keeper:
    def get(self, key):
        return key


class Shape:
    def encode(self):
        return type(self)(self)

    def probe(self):
        _, table, _ = *(), {}, *(Keeper(), 0)
        found = table.get(type(self))
        return found.encode(int)


def main():
    meta = Shape().probe()
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
