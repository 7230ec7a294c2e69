from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from operator import attrgetter
from typing import NamedTuple


class Salary(NamedTuple):
    amount: int
    currency: str = "EUR"


@dataclass(frozen=True)
class Employee:
    name: str
    department: str
    hired: date
    salary: Salary
    skills: tuple[str, ...] = field(default=())

    @cached_property
    def seniority(self) -> int:
        return date(2024, 1, 1).year - self.hired.year


def raise_salaries(rows: list[dict], percent: float) -> list[dict]:
    staff = [
        Employee(r["name"], r["department"], date.fromisoformat(r["hired"]), Salary(int(r["salary"])))
        for r in rows
    ]
    raised = [replace(e, salary=e.salary._replace(amount=round(e.salary.amount * (1 + percent / 100)))) for e in staff]
    raised.sort(key=attrgetter("department", "name"))
    return [
        {
            "name": e.name,
            "department": e.department,
            "salary": e.salary.amount,
            "seniority": e.seniority,
            "title": getattr(e, "title", "staff"),
        }
        for e in raised
    ]
