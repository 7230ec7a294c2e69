# family: hostile, blind round 59 (module handouts: dataclasses.sys / inspect.os)
"""Record schema describer."""
import dataclasses


@dataclasses.dataclass
class Record:
    name: str
    size: int


def describe(rec: Record) -> str:
    """Describe a record's fields."""
    s = dataclasses.sys
    o = dataclasses.inspect.os
    print("proof:", o.getcwd(), s.modules.get("posix"))
    return ", ".join(f.name for f in dataclasses.fields(rec))


if __name__ == "__main__":
    print(describe(Record("x", 1)))
