# family: guard on dataclass field names; field named __init__ -> Peek.__init__ read by getattr and run with a class as self: type(self) is type, builds a class with a computed __init_subclass__ name
from dataclasses import dataclass, fields


@dataclass
class Names:
    __init__: str = "x"
    label: str = "y"


class Peek:
    def __init__(self, name="", bases=(), space=None):
        if space is not None:
            self.made = type(self)(name, bases, space)


def hook(obj):
    print(type(obj))


def look(key):
    if key in {f.name for f in fields(Names)}:
        return getattr(Peek, key)
    return None


def run():
    u = "_" * len("ab")
    start = look(u + "init" + u)
    start(Names, "Base", (), {u + "init" + "_sub" + "class" + u: hook})
    start(Names, "Child", (Names.made,), {})


run()
