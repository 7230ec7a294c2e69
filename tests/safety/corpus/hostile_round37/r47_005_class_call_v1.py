# family: red team, round 47 (reachable)
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)(self)

    def probe(self):
        return type(self).encode(int)


def main():
    meta = Shape().probe()
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
