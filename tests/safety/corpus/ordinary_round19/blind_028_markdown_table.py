"""Render tabular data as aligned Markdown tables."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Sequence


class Align(Enum):
    LEFT = ":---"
    CENTER = ":---:"
    RIGHT = "---:"

    def pad(self, text: str, width: int) -> str:
        if self is Align.RIGHT:
            return text.rjust(width)
        if self is Align.CENTER:
            return text.center(width)
        return text.ljust(width)

    def rule(self, width: int) -> str:
        core = "-" * max(width - self.value.count(":"), 1)
        return (":" if self.value.startswith(":") else "") + core + (":" if self.value.endswith(":") else "")


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    aligns: dict[str, Align] = field(default_factory=dict)

    @classmethod
    def from_records(cls, records: Sequence[dict[str, Any]]) -> "Table":
        headers = list(dict.fromkeys(k for r in records for k in r))
        table = cls(headers, [[r.get(h, "") for h in headers] for r in records])
        for i, h in enumerate(headers):
            if all(isinstance(row[i], (int, float)) for row in table.rows):
                table.aligns[h] = Align.RIGHT
        return table

    def _cells(self) -> list[list[str]]:
        return [[self._fmt(v) for v in row] for row in self.rows]

    @staticmethod
    def _fmt(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:,.2f}"
        return str(value).replace("|", "\\|")

    def __str__(self) -> str:
        cells = self._cells()
        widths = [max([3, len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(self.headers)]
        aligns = [self.aligns.get(h, Align.LEFT) for h in self.headers]
        lines = ["| " + " | ".join(a.pad(h, w) for h, w, a in zip(self.headers, widths, aligns)) + " |",
                 "| " + " | ".join(a.rule(w) for w, a in zip(widths, aligns)) + " |"]
        for row in cells:
            lines.append("| " + " | ".join(a.pad(c, w) for c, w, a in zip(row, widths, aligns)) + " |")
        return "\n".join(lines)


def to_markdown(records: list[dict[str, Any]]) -> str:
    return str(Table.from_records(records))


if __name__ == "__main__":
    print(to_markdown([{"item": "coffee", "qty": 2, "price": 3.5}, {"item": "bagel|plain", "qty": 10, "price": 1.25}]))
