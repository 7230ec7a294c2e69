# family: red team, round 35 (library_methods.typing_argument: GenericAlias equality hands the argument to __eq__)
from collections import Counter


class Probe:
    def __init__(self):
        self.seen = []

    def __eq__(self, other):
        self.seen.append(other)
        return False

    def __hash__(self):
        return 0


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


def main():
    probe = Probe()
    print(list[Counter] == list[probe])
    found = probe.seen[0]
    meta = found.copy(int)
    print(meta)
    name = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()
    base = meta("Base", (), {name: classmethod(hook)})
    meta("Child", (base,), {})


main()
