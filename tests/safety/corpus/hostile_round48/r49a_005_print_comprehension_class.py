# family: red team, round 49a (a class in the iterable of a comprehension inside print() is only an OPERAND use: stored through the loop variable, json.dumps(cls=...) then runs Shape.encode(int))
import base64
import json


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def encode(self):
        return type(self)


def main():
    stash = []
    print([stash.append(c) for c in [Shape]])
    meta = json.dumps(int, cls=lambda **options: stash[0])
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
