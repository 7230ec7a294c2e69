# family: ordinary, blind round 62 (library loans with due dates and fines)
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import attrgetter

LOAN_DAYS = {"book": 21, "dvd": 7, "magazine": 14}
FINE_PER_DAY = {"book": 0.25, "dvd": 1.00, "magazine": 0.10}
MAX_FINE = 10.0
CATALOG = {}


@dataclass(order=True)
class Loan:
    due: date
    title: str = field(compare=False)
    kind: str = field(compare=False, default="book")
    member: str = field(compare=False, default="")

    def fine(self, today):
        late = (today - self.due).days
        return min(MAX_FINE, late * FINE_PER_DAY[self.kind]) if late > 0 else 0.0


def checkout(title, member, kind="book", on=date(2024, 5, 1)):
    if title in CATALOG:
        raise ValueError(f"{title!r} already on loan to {CATALOG[title].member}")
    loan = Loan(on + timedelta(days=LOAN_DAYS[kind]), title, kind, member)
    CATALOG[title] = loan
    return loan


def overdue_report(today):
    rows = [l for l in sorted(CATALOG.values()) if l.fine(today) > 0]
    lines = ["{0:<22} {1:<6} due {2:%d %b} fine {3:5.2f}".format(l.title, l.member, l.due, l.fine(today))
             for l in rows]
    return "\n".join(lines) or "nothing overdue"


if __name__ == "__main__":
    checkout("Dune", "ana")
    checkout("Alien", "ben", "dvd")
    checkout("Wired 05/24", "ana", "magazine", on=date(2024, 5, 10))
    checkout("SICP", "cy", on=date(2024, 3, 1))
    try:
        checkout("Dune", "cy")
    except ValueError as e:
        print("error:", e)
    today = date(2024, 5, 28)
    print(overdue_report(today))
    by_member = sorted(CATALOG.values(), key=attrgetter("member", "title"))
    print([(l.member, l.title) for l in by_member])
