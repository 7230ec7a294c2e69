# family: red team, round 64b (the builtin type passed as a key function: groupby hands the tool each item's class)
from itertools import groupby


def hook(cls, **kw):
    print("hook ran for", cls)


class Probe:
    def kind(self):
        return type(self)(self)


def main():
    found = []
    for key, _group in groupby([Probe()], type):
        found.append(key.kind(int))
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
