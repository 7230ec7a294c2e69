# ordinary: sort and group employee records with operator.attrgetter
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter, itemgetter


@dataclass
class Employee:
    first: str
    last: str
    department: str
    salary: int
    years: int


STAFF = [
    Employee("Ada", "Lovelace", "Eng", 120, 8),
    Employee("Alan", "Turing", "Eng", 125, 6),
    Employee("Grace", "Hopper", "Ops", 110, 12),
    Employee("Edsger", "Dijkstra", "Eng", 115, 3),
    Employee("Barbara", "Liskov", "Ops", 118, 9),
]


def by_name(staff):
    return sorted(staff, key=attrgetter("last", "first"))


def by_department_then_salary(staff):
    ordered = sorted(staff, key=attrgetter("salary"), reverse=True)
    return sorted(ordered, key=attrgetter("department"))


def department_report(staff):
    lines = []
    for dept, members in groupby(sorted(staff, key=attrgetter("department")), key=attrgetter("department")):
        members = list(members)
        total = sum(map(attrgetter("salary"), members))
        senior = max(members, key=attrgetter("years"))
        lines.append(f"{dept}: {len(members)} people, payroll {total}k, most senior {senior.first} {senior.last}")
    return lines


if __name__ == "__main__":
    print([f"{e.last}, {e.first}" for e in by_name(STAFF)])
    print([(e.department, e.salary) for e in by_department_then_salary(STAFF)])
    print("\n".join(department_report(STAFF)))
    pairs = sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0))
    print(pairs)
