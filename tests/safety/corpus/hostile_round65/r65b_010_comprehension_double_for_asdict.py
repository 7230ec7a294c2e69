# family: red team, round 65b (comprehension binds key twice: a constant display and asdict() keys; getattr(uuid, key))
import dataclasses
import uuid


@dataclasses.dataclass
class Row:
    os: int = 0


found = [getattr(uuid, key) for key in ("uuid4",) for key in dataclasses.asdict(Row())]
print(found[0])
print(found[0].getcwd())
