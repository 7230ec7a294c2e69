# family: red team, round 50a (Counter imported twice: library_name gives None, so Tally.copy read off the class is not seen as Counter.copy; Counter.copy(int) builds int.__class__)
import base64
from collections import Counter
from collections import Counter


def hook(cls):
    print("hook ran on", cls)


class Tally(Counter):
    pass


def main():
    kind = Tally.copy(int)
    print(kind)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = kind("B", (), {name: classmethod(hook)})
    kind("D", (base,), {})


main()
