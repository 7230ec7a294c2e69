# family: red team, round 42 (dataclass field annotated in a subclass takes the base's method as its default)
from dataclasses import dataclass
import base64


def hook(cls):
    print("hook ran on", cls)


class Base:
    def kind(self):
        return type(self)


@dataclass
class Shape(Base):
    kind: object


def main():
    shape = Shape()
    meta = shape.kind(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
