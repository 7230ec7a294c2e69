# family: red team, round 44 (implicit_reads: NamedTuple field annotated inside an if block takes the method as default)
from typing import NamedTuple
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape(NamedTuple):
    if True:
        kind: object

    def kind(self):
        return type(self)


def main():
    meta = Shape().kind(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
