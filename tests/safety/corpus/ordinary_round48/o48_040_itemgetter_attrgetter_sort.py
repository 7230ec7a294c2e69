# family: ordinary, blind round 48 (operator.itemgetter/attrgetter sorting)
from operator import itemgetter, attrgetter, methodcaller
from dataclasses import dataclass


@dataclass
class Address:
    city: str
    country: str


@dataclass
class Employee:
    name: str
    dept: str
    salary: int
    address: Address


STAFF = [
    Employee("Zoe", "eng", 125000, Address("Berlin", "DE")),
    Employee("Adam", "sales", 70000, Address("Austin", "US")),
    Employee("Mia", "eng", 140000, Address("Austin", "US")),
    Employee("Liam", "ops", 90000, Address("Dublin", "IE")),
    Employee("Ava", "eng", 125000, Address("Berlin", "DE")),
    Employee("Noah", "sales", 82000, Address("Boston", "US")),
]

rows = [("widget", 3, 9.99), ("bolt", 120, 0.15), ("gear", 12, 4.5), ("nut", 120, 0.05)]

if __name__ == "__main__":
    # multi-key: dept asc, salary desc, then name
    by_dept = sorted(sorted(STAFF, key=attrgetter("name")),
                     key=lambda e: (e.dept, -e.salary))
    for e in by_dept:
        print(f"{e.dept:<6}{e.name:<6}{e.salary:>8}")

    by_city = sorted(STAFF, key=attrgetter("address.country", "address.city", "name"))
    print("by location:", [f"{e.name}@{e.address.city}" for e in by_city])

    get_name_salary = attrgetter("name", "salary")
    print("top earner:", get_name_salary(max(STAFF, key=attrgetter("salary"))))

    print("rows by qty desc, price asc:",
          sorted(rows, key=lambda r: (-r[1], r[2])))
    name_and_price = itemgetter(0, 2)
    print("projection:", list(map(name_and_price, rows)))
    upper_names = list(map(methodcaller("upper"), map(itemgetter(0), rows)))
    print("upper:", upper_names)
