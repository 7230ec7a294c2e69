# family: red team, round 34 (field_makers / dynamic_names: setattr(f, f.name, v) renames a Field)
from dataclasses import dataclass, fields


@dataclass
class Rec:
    name: str = "x"


def secret_name(codes):
    return bytes(codes).decode()


def rename(value):
    for f in fields(Rec):
        setattr(f, f.name, value)


def helper():
    return 1


def read(target):
    out = []
    for f in fields(Rec):
        out.append(getattr(target, f.name))
    return out


rename(secret_name([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))
print(read(helper))
