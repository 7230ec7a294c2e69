# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Summarize differences between two versions of a text."""
import difflib
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

OpTag = Literal["replace", "delete", "insert", "equal"]


class ChangeKind(Enum):
    ADDED = "+"
    REMOVED = "-"
    CHANGED = "~"


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    old_range: tuple[int, int]
    new_range: tuple[int, int]
    old_lines: tuple[str, ...] = ()
    new_lines: tuple[str, ...] = ()


@dataclass
class DiffReport:
    changes: list[Change] = field(default_factory=list)
    similarity: float = 1.0

    @property
    def stats(self) -> dict[str, int]:
        added = sum(len(c.new_lines) for c in self.changes)
        removed = sum(len(c.old_lines) for c in self.changes)
        return {"added": added, "removed": removed, "hunks": len(self.changes)}


_KINDS: dict[str, ChangeKind] = {"replace": ChangeKind.CHANGED, "delete": ChangeKind.REMOVED, "insert": ChangeKind.ADDED}


def compare(old: str, new: str) -> DiffReport:
    a, b = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(None, a, b)
    changes = [
        Change(_KINDS[tag], (i1, i2), (j1, j2), tuple(a[i1:i2]), tuple(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    return DiffReport(changes, round(matcher.ratio(), 3))


def unified(old: str, new: str, name: str = "file") -> str:
    return "".join(difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    ))


if __name__ == "__main__":
    v1 = "alpha\nbeta\ngamma\ndelta\n"
    v2 = "alpha\nBETA\ngamma\nepsilon\ndelta\n"
    report = compare(v1, v2)
    for c in report.changes:
        print(c.kind.value, c.old_range, c.new_range, c.old_lines, c.new_lines)
    print(report.stats, report.similarity)
    print(unified(v1, v2, "greek.txt"))
    print(difflib.get_close_matches("gama", ["gamma", "game", "alpha"]))
