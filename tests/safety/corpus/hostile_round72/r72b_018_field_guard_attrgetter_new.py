# family: guard on dataclass field names; field named __new__ -> getattr(attrgetter, key) = attrgetter.__new__, built with a computed dotted name
from dataclasses import dataclass, fields
from operator import attrgetter


@dataclass
class Names:
    __new__: str = "x"
    label: str = "y"


def look(key):
    if key in {f.name for f in fields(Names)}:
        return getattr(attrgetter, key)
    return None


def run():
    u = "_" * len("ab")
    build = look(u + "new" + u)
    getter = build(attrgetter, u + "init" + u + "." + u + "glob" + "als" + u)
    print(getter(run))


run()
