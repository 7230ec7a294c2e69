from dataclasses import dataclass

FIELDS = ("name", "age", "email")


@dataclass
class Person:
    name: str
    age: int
    email: str


def to_row(p: Person) -> list[str]:
    return [str(getattr(p, f)) for f in FIELDS]


def describe(p: Person) -> str:
    parts = []
    for attr in ("name", "age"):
        parts.append(f"{attr}={getattr(p, attr)!r}")
    return ", ".join(parts)


def update(p: Person, changes: dict) -> None:
    for key in ("name", "email"):
        if key in changes:
            setattr(p, key, changes[key])
