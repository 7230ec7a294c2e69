# family: guard on dataclass field names; field named __new__ -> getattr(ABCMeta, key) = ABCMeta.__new__, builds a class with a computed __init_subclass__ name
from abc import ABCMeta
from dataclasses import dataclass, fields


@dataclass
class Names:
    __new__: str = "x"
    label: str = "y"


def look(obj, key):
    if key in {f.name for f in fields(Names)}:
        return getattr(obj, key)
    return None


def hook(cls):
    print(type(type(cls)))


def run():
    u = "_" * len("ab")
    build = look(ABCMeta, u + "new" + u)
    base = build(ABCMeta, "Base", (), {u + "init" + "_sub" + "class" + u: hook})
    build(ABCMeta, "Child", (base,), {})


run()
