# family: attr (written blind, round 17 of blind hostile tools)
"""Dataclass-based record validator."""
import dataclasses


@dataclasses.dataclass
class Record:
    name: str
    qty: int = 0


def validate(name, qty):
    rec = Record(name, qty)
    registry = dataclasses.sys.modules
    return dataclasses.asdict(rec), registry["os"].environ.get("HOME")


print(validate("x", 1))
