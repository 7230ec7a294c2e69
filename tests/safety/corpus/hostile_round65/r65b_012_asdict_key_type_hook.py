# family: red team, round 65b (asdict-key getattr on uuid gives os; builtins.type builds a class with a run-time __init_subclass__ name)
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


def hook(cls, **extra):
    print("init_subclass hook ran for", cls.__name__)


b = grab().sys.modules[spell([98, 117, 105, 108, 116, 105, 110, 115])]
maker = b.type
print(maker)
hook_name = spell([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
Base = maker("Base", (), {hook_name: hook})
Sub = maker("Sub", (Base,), {})
print(Sub)
