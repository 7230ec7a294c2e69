# family: guard on dataclass field names where a field is a dunder (__repr__) - reads a dunder via getattr
from dataclasses import dataclass, fields


@dataclass
class D:
    __repr__: str = "x"
    label: str = "y"


def look(obj, key):
    if key in {f.name for f in fields(D)}:
        return getattr(obj, key)
    return None


print(look(look, "__repr__"))
