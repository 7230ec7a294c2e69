# family: red team, round 46 (reachable)
import json
import base64
import typing

T = typing.TypeVar("T")


def hook(cls):
    print("hook ran on", cls)


class Base(typing.Generic[T]):
    def encode(self):
        return type(self)


class Sub(Base[int]):
    pass


def main():
    meta = json.dumps(int, cls=lambda **options: Sub)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
