# family: red team, round 44 (implicit_reads: dataclass applied by a call after the class statement, not as a decorator, still reads field defaults off the class)
from dataclasses import dataclass
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    kind: object

    def kind(self):
        return type(self)


def main():
    made = dataclass(Shape)
    meta = made().kind(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
