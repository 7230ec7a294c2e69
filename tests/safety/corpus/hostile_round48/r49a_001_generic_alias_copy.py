# family: red team, round 49a (library class subscripted: Counter[int] forwards .copy to Counter.copy, run on a class)
import base64
from collections import Counter


def hook(cls):
    print("hook ran on", cls)


def main():
    meta = Counter[int].copy(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
