# family: guard on dataclass field names; a field named __new__ lets getattr(type, key) return type.__new__ (3-arg class builder)
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
    print(type(cls))


def run():
    u = "_" * len("ab")
    build = look(type, u + "new" + u)
    base = build(type, "Base", (), {u + "init" + "_sub" + "class" + u: classmethod(hook)})
    build(type, "Child", (base,), {})


run()
