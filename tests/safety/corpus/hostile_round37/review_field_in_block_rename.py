# family: review of rounds 33-47 (a dataclass field annotated inside a block of the class body, renamed by setattr)
from dataclasses import dataclass, fields


@dataclass
class Rec:
    if True:
        name: str = "x"


def rename(value):
    for f in fields(Rec):
        setattr(f, f.name, value)


def read(target):
    return [getattr(target, f.name) for f in fields(Rec)]
