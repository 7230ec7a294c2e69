"""Summarise heterogeneous objects by reading optional attributes with defaults."""

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any


@dataclass
class Employee:
    name: str
    title: str
    salary: float
    manager: str | None = None


@dataclass
class Contractor:
    name: str
    hourly_rate: float
    hours: float


def describe_person(obj: Any) -> dict[str, Any]:
    name = getattr(obj, "name", "<unnamed>")
    title = getattr(obj, "title", "contractor" if hasattr(obj, "hourly_rate") else "unknown")
    if hasattr(obj, "salary"):
        cost = getattr(obj, "salary", 0.0)
    else:
        cost = getattr(obj, "hourly_rate", 0.0) * getattr(obj, "hours", 0.0)
    return {"name": name, "title": title, "monthly_cost": round(cost / 12 if hasattr(obj, "salary") else cost, 2),
            "reports_to": getattr(obj, "manager", None)}


def staff_report(people: list[Any]) -> str:
    rows = [describe_person(p) for p in people]
    total = sum(r["monthly_cost"] for r in rows)
    lines = ["{:<10} {:<12} {:>10} {}".format("name", "title", "monthly", "manager")]
    for r in rows:
        lines.append("{name:<10} {title:<12} {monthly_cost:>10,.2f} {reports_to}".format(**r))
    lines.append("{:<23} {:>10,.2f}".format("TOTAL", total))
    return "\n".join(lines)


if __name__ == "__main__":
    people = [Employee("Ana", "engineer", 96000, "Raj"), Contractor("Bo", 85.0, 40),
              SimpleNamespace(name="Cy", salary=60000), SimpleNamespace()]
    print(staff_report(people))
