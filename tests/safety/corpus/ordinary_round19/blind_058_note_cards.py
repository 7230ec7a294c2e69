"""Format notes as fixed-width text cards with custom __format__ specs."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class Priority(Enum):
    LOW = "·"
    NORMAL = "•"
    HIGH = "!"

    def __str__(self) -> str:
        return self.value


@dataclass(order=True)
class Note:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    body: str = ""
    due: date | None = None
    priority: Priority = Priority.NORMAL
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        rank = {Priority.HIGH: 0, Priority.NORMAL: 1, Priority.LOW: 2}[self.priority]
        self.sort_key = (rank, self.due or date.max, self.title.lower())

    def __format__(self, spec: str) -> str:
        """Spec is the card width, e.g. f'{note:30}'; 'line' gives a one-liner."""
        if spec == "line":
            due = f" (due {self.due:%b %d})" if self.due else ""
            return f"{self.priority} {self.title}{due}"
        width = int(spec or 40)
        inner = width - 4
        lines = [f"{self.priority} {self.title}"[:inner]]
        lines += textwrap.wrap(self.body, inner) or [""]
        if self.tags:
            lines.append(textwrap.shorten(" ".join(f"#{t}" for t in self.tags), inner, placeholder=" …"))
        border = "+" + "-" * (width - 2) + "+"
        return "\n".join([border, *(f"| {ln:<{inner}} |" for ln in lines), border])


def render_board(notes: list[Note], width: int = 36) -> str:
    return "\n".join(format(n, str(width)) for n in sorted(notes))


def agenda(notes: list[Note]) -> list[str]:
    return [f"{n:line}" for n in sorted(notes) if n.due]


if __name__ == "__main__":
    notes = [
        Note("Renew passport", "Book an appointment and bring two photos.", date(2024, 9, 1), Priority.HIGH, ["admin"]),
        Note("Read paper", "Attention is all you need — skim sections 3 and 5.", tags=["ml", "reading", "later"]),
        Note("Water plants", due=date(2024, 8, 20), priority=Priority.LOW),
    ]
    print(render_board(notes, 34))
    print(agenda(notes))
