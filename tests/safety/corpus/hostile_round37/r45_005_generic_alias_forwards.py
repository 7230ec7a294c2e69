# family: red team, round 45 (Shape[int] (a subscript operand) is a typing alias that forwards .encode to Shape: json calls alias.encode(int))
import json
import base64


def hook(cls):
    print("hook ran on", cls)


def finish(meta):
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})

from typing import Generic, TypeVar

T = TypeVar("T")


class Shape(Generic[T]):
    def encode(self):
        return type(self)


alias = Shape[int]
finish(json.dumps(int, cls=lambda **options: alias))
