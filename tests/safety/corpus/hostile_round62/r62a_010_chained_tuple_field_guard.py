# family: red team, round 62a (chained tuple alias of a dataclass-field-name set used as a getattr guard)
from dataclasses import dataclass, fields


@dataclass
class Point:
    x: int = 0


def helper():
    return 1


def run(key):
    allowed, other = alias, spare = {f.name for f in fields(Point)}, set()
    alias.add(key)
    if key not in allowed:
        raise ValueError(key)
    print(getattr(helper, key))


run(bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode())
