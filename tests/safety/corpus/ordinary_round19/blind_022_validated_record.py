"""Dataclass base that coerces and validates fields from their annotations."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, Callable, ClassVar

COERCERS: dict[str, Callable[[Any], Any]] = {
    "int": int,
    "float": float,
    "str": lambda v: str(v).strip(),
    "bool": lambda v: v if isinstance(v, bool) else str(v).lower() in {"1", "true", "yes", "y"},
    "dt.date": lambda v: v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v)),
}


class ValidationError(ValueError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass
class Record:
    required: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, "") and f.name in self.required:
                errors[f.name] = "is required"
                continue
            coerce = COERCERS.get(str(f.type).removesuffix(" | None"))
            if coerce is None or value is None:
                continue
            try:
                setattr(self, f.name, coerce(value))
            except (TypeError, ValueError) as exc:
                errors[f.name] = f"invalid {f.type}: {exc}"
        check = getattr(self, "validate", None)
        if callable(check) and not errors:
            errors.update(check())
        if errors:
            raise ValidationError(errors)


@dataclass
class Employee(Record):
    required: ClassVar[tuple[str, ...]] = ("name", "start")
    name: str = ""
    age: int = 0
    salary: float = 0.0
    remote: bool = False
    start: dt.date | None = None

    def validate(self) -> dict[str, str]:
        return {"age": "must be 16 or older"} if self.age < 16 else {}


def parse_employee(row: dict[str, str]) -> Employee:
    return Employee(**row)


if __name__ == "__main__":
    print(parse_employee({"name": " Ada ", "age": "36", "salary": "5000", "remote": "yes", "start": "2020-01-15"}))
    try:
        parse_employee({"name": "Bob", "age": "x", "start": ""})
    except ValidationError as err:
        print(err.errors)
