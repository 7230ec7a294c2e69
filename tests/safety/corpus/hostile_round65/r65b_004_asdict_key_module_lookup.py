# family: red team, round 65b (getattr(module, key): key also loops over asdict() keys, a field named os)
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


m = grab()
print(m)
print(m.getcwd())
print(m.environ.get("HOME"))
