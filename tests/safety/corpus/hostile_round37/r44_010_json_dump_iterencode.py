# family: red team, round 44 (json.loads(s, cls=factory) runs factory(...).decode(s): the plain decode of a class gets the string as self; json.dumps(x, cls=factory) its encode gets x)
import json
import base64


def hook(cls):
    print("hook ran on", cls)


class Codec:
    def encode(self):
        return type(self)

    def decode(self):
        return self


def pick(**options):
    return Codec


def main():
    meta = json.dumps(str, cls=pick)
    print(meta)
    print(json.loads("plain", cls=pick))
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
