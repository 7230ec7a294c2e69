# family: red team, round 67a (functional Enum __eq__ guard bypass reaches builtins.type; builds a class with run-time __init_subclass__ hook)
from enum import Enum

u = min("_z")
Key = Enum(
    "Key",
    [
        ("G", u + u + "glob" + "als" + u + u),
        ("B", u + u + "built" + "ins" + u + u),
        ("T", "ty" + "pe"),
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


maker = lookup(lookup(target, Key.G)[Key.B], Key.T)
print(maker)
hook = u + u + "init" + "_sub" + "class" + u + u
Base = maker("Base", (), {hook: lambda c: print("init_subclass hook ran for", c)})
Child = maker("Child", (Base,), {})
