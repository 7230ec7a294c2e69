# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Render lists of dataclasses as Markdown tables."""
from dataclasses import dataclass, fields, is_dataclass, asdict
from typing import Any, Sequence


@dataclass
class Column:
    name: str
    align: str = "left"

    def separator(self, width: int) -> str:
        width = max(width, 3)
        if self.align == "right":
            return "-" * (width - 1) + ":"
        if self.align == "center":
            return ":" + "-" * (width - 2) + ":"
        return "-" * width


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if value is None:
        return ""
    return str(value).replace("|", "\\|")


def to_markdown(rows: Sequence[Any], align: dict[str, str] | None = None) -> str:
    if not rows:
        return ""
    if not all(is_dataclass(r) for r in rows):
        raise TypeError("rows must be dataclass instances")
    align = align or {}
    cols = [Column(f.name, align.get(f.name, "left")) for f in fields(rows[0])]
    table = [[_fmt(v) for v in asdict(r).values()] for r in rows]
    widths = [max(len(c.name), *(len(row[i]) for row in table)) for i, c in enumerate(cols)]

    def line(cells: list[str]) -> str:
        padded = [
            cell.rjust(w) if col.align == "right" else cell.center(w) if col.align == "center" else cell.ljust(w)
            for cell, w, col in zip(cells, widths, cols)
        ]
        return "| " + " | ".join(padded) + " |"

    out = [line([c.name for c in cols])]
    out.append("| " + " | ".join(c.separator(w) for c, w in zip(cols, widths)) + " |")
    out.extend(line(r) for r in table)
    return "\n".join(out)


@dataclass
class Planet:
    name: str
    moons: int
    gravity: float
    note: str | None = None


if __name__ == "__main__":
    planets = [
        Planet("Mercury", 0, 3.7),
        Planet("Earth", 1, 9.807, "home"),
        Planet("Jupiter", 95, 24.79, "gas | giant"),
    ]
    print(to_markdown(planets, align={"moons": "right", "gravity": "center"}))
