"""Summarise line-level differences between two text versions."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import Enum


class ChangeKind(Enum):
    ADDED = "+"
    REMOVED = "-"
    CHANGED = "~"

    @classmethod
    def from_opcode(cls, tag: str) -> "ChangeKind":
        return {"insert": cls.ADDED, "delete": cls.REMOVED, "replace": cls.CHANGED}[tag]


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    old_range: tuple[int, int]
    new_range: tuple[int, int]
    old_lines: tuple[str, ...]
    new_lines: tuple[str, ...]

    def __str__(self) -> str:
        (a1, a2), (b1, b2) = self.old_range, self.new_range
        return f"{self.kind.value} old[{a1 + 1}:{a2}] new[{b1 + 1}:{b2}]"


def diff_changes(old: str, new: str) -> list[Change]:
    a, b = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        changes.append(Change(ChangeKind.from_opcode(tag), (i1, i2), (j1, j2), tuple(a[i1:i2]), tuple(b[j1:j2])))
    return changes


def diff_stats(old: str, new: str) -> dict[str, object]:
    changes = diff_changes(old, new)
    added = sum(len(c.new_lines) for c in changes if c.kind is not ChangeKind.REMOVED)
    removed = sum(len(c.old_lines) for c in changes if c.kind is not ChangeKind.ADDED)
    ratio = difflib.SequenceMatcher(a=old, b=new).ratio()
    return {"added": added, "removed": removed, "similarity": round(ratio, 3), "hunks": [str(c) for c in changes]}


def unified(old: str, new: str, name: str = "file") -> str:
    return "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), f"a/{name}", f"b/{name}"))


if __name__ == "__main__":
    v1 = "alpha\nbeta\ngamma\ndelta\n"
    v2 = "alpha\nBETA\ngamma\ndelta\nepsilon\n"
    print(diff_stats(v1, v2))
    print(unified(v1, v2, "greek.txt"))
