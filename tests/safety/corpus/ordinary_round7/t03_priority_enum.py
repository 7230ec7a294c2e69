# ordinary: triage tickets by priority using an Enum with methods
from enum import Enum, unique
from typing import Any


@unique
class Priority(Enum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def from_label(cls, label: str) -> "Priority":
        member = cls.__members__.get(label.strip().upper())
        if member is None:
            raise ValueError(f"unknown priority {label!r}; choose from {', '.join(cls.__members__)}")
        return member

    @property
    def sla_hours(self) -> int:
        return {Priority.LOW: 72, Priority.MEDIUM: 24, Priority.HIGH: 8, Priority.CRITICAL: 1}[self]

    def __lt__(self, other: "Priority") -> bool:
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


def triage(tickets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sort tickets from most to least urgent and attach an SLA."""
    out = []
    for t in tickets:
        p = Priority.from_label(t.get("priority", "low"))
        out.append({"id": t["id"], "priority": p.name.lower(), "sla_hours": p.sla_hours, "_p": p})
    out.sort(key=lambda r: r["_p"], reverse=True)
    for r in out:
        del r["_p"]
    return out


if __name__ == "__main__":
    print(triage([{"id": 1, "priority": "low"}, {"id": 2, "priority": "Critical"}, {"id": 3}]))
