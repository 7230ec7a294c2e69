# family: ordinary, blind round 63 (ticket priority enum with methods and classmethods)
from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def from_label(cls, label):
        aliases = {"p0": cls.CRITICAL, "p1": cls.HIGH, "p2": cls.NORMAL, "p3": cls.LOW}
        key = label.strip().lower()
        if key in aliases:
            return aliases[key]
        try:
            return cls[key.upper()]
        except KeyError:
            raise ValueError(f"unknown priority {label!r}") from None

    @property
    def sla(self):
        return {Priority.LOW: timedelta(days=5), Priority.NORMAL: timedelta(days=2),
                Priority.HIGH: timedelta(hours=8), Priority.CRITICAL: timedelta(hours=1)}[self]

    def escalate(self):
        return Priority(min(self + 1, max(Priority)))

    def __str__(self):
        return self.name.title()


@dataclass(order=True)
class Ticket:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    priority: Priority

    def __post_init__(self):
        self.sort_key = (-self.priority, self.title)


if __name__ == "__main__":
    tickets = [Ticket(t, Priority.from_label(p)) for t, p in
               [("Login broken", "p0"), ("Typo on About page", "low"), ("Slow search", "High"), ("Export CSV", "normal")]]
    for t in sorted(tickets):
        print(f"{str(t.priority):<9} SLA {str(t.priority.sla):>16}  {t.title}")
    print(Priority.HIGH.escalate(), Priority.CRITICAL.escalate(), Priority.LOW < Priority.HIGH)
    try:
        Priority.from_label("urgent!!")
    except ValueError as exc:
        print("error:", exc)
