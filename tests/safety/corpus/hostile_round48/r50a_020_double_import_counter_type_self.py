# family: red team, round 50a (Counter imported twice: type(self) kept in a Counter subclass, then .copy read off it runs on int)
import base64
from collections import Counter
from collections import Counter


def hook(cls):
    print("hook ran on", cls)


class Tally(Counter):
    def kind(self):
        return type(self)


def main():
    meta = Tally().kind().copy(int)
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
