# family: red team, round 63b (for f in dataclasses.InitVar(h).type.fields(): f counts as a dataclass Field, f.name chosen at run time)
import dataclasses


class Entry:
    def __init__(self, name):
        self.name = name


class Holder:
    def fields(self):
        return [Entry("".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))]


def helper():
    return 1


def run():
    for f in dataclasses.InitVar(Holder()).type.fields():
        print(getattr(helper, f.name))


run()
