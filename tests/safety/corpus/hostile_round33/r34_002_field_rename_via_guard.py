# family: red team, round 34 (guards: setattr past a field-name guard stores no attribute name)
from dataclasses import dataclass, fields


@dataclass
class Rec:
    name: str = "x"


def secret_name(codes):
    return bytes(codes).decode()


def update(target, key, value):
    names = {f.name for f in fields(Rec)}
    if key not in names:
        raise KeyError(key)
    setattr(target, key, value)


def helper():
    return 1


def read(target):
    out = []
    for f in fields(Rec):
        out.append(getattr(target, f.name))
    return out


for fld in fields(Rec):
    update(fld, "name", secret_name([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))
print(read(helper))
