# family: guard on dataclass field names; field named __call__ -> getattr(getattr, key) = getattr's method-wrapper, given a computed name
from dataclasses import dataclass, fields


@dataclass
class Names:
    __call__: str = "x"
    label: str = "y"


def look(key):
    if key in {f.name for f in fields(Names)}:
        return getattr(getattr, key)
    return None


def run():
    u = "_" * len("ab")
    fetch = look(u + "call" + u)
    print(fetch(run, u + "glob" + "als" + u))


run()
