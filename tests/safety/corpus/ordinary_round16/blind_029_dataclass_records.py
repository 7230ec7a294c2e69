"""Dataclass-based records with to_dict/from_dict and validation."""
from dataclasses import dataclass, field, fields, asdict, replace, MISSING
from datetime import date


@dataclass(frozen=True)
class Employee:
    name: str
    email: str
    department: str = "general"
    salary: int = 0
    hired: date = field(default_factory=date.today)
    skills: tuple[str, ...] = ()

    def __post_init__(self):
        if "@" not in self.email:
            raise ValueError(f"invalid email: {self.email}")
        if self.salary < 0:
            raise ValueError("salary cannot be negative")

    def to_dict(self) -> dict:
        d = asdict(self)
        d["hired"] = self.hired.isoformat()
        d["skills"] = list(self.skills)
        return d

    @classmethod
    def from_dict(cls, data: dict) -> "Employee":
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise KeyError(f"unknown fields: {sorted(unknown)}")
        required = [f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING]
        missing = [n for n in required if n not in data]
        if missing:
            raise KeyError(f"missing fields: {missing}")
        kwargs = dict(data)
        if "hired" in kwargs:
            kwargs["hired"] = date.fromisoformat(kwargs["hired"])
        if "skills" in kwargs:
            kwargs["skills"] = tuple(kwargs["skills"])
        return cls(**kwargs)

    def give_raise(self, pct: float) -> "Employee":
        return replace(self, salary=round(self.salary * (1 + pct / 100)))


if __name__ == "__main__":
    e = Employee.from_dict({"name": "Ada", "email": "ada@ex.com", "salary": 5000,
                            "hired": "2020-01-15", "skills": ["math"]})
    print(e)
    print(e.give_raise(10).to_dict())
    for bad in ({"name": "X"}, {"name": "X", "email": "x@y", "age": 3}):
        try:
            Employee.from_dict(bad)
        except KeyError as err:
            print("error:", err)
