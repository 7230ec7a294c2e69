# family: red team, round 27 (library methods run on a class; exit-stack callbacks)
# REFUSED by the checker (not an escape); kept as a probe.
# Chain: a dataclass Field's .type holds the annotation (the tool's class Boom). handed_out counts that as
# a class channel when the attribute "type" is read (f.type, getattr(f, "type"), attrgetter("type")),
# but here it is read with getattr(f, key) for key in a loop over written identifiers ("name", "type").
# The class reaches use()'s parameter, trusted as an object, and k.show(k) runs show with the class as self.
from dataclasses import dataclass, fields


class Boom:
    def show(self, namespace):
        print(type(self))
        return type(self)("Made", (), namespace)


@dataclass
class Rec:
    item: Boom = None


def hook(self, name):
    return "hook ran for " + name


def use(k):
    under = bytes([95, 95]).decode()
    return k.show(k, {under + "getattr" + under: hook})


def tool():
    got = []
    for f in fields(Rec(None)):
        for key in ("name", "type"):
            got.append(getattr(f, key))
    made = use(got[1])
    print(made().whatever)
    return str(made)


tool()
