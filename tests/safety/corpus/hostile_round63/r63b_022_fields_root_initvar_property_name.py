# family: red team, round 63b (property name; for f in dataclasses.InitVar(h).type.fields(): f counts as a dataclass Field, f.name chosen at run time)
import dataclasses


class Entry:
    @property
    def name(self):
        return "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])


class Holder:
    def fields(self):
        return [Entry()]


def helper():
    return 1


def run():
    for f in dataclasses.InitVar(Holder()).type.fields():
        print(getattr(helper, f.name))


run()
