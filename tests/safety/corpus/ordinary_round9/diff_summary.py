"""Summarise differences between two texts with difflib."""
import difflib
from collections import Counter
from typing import NamedTuple


class Change(NamedTuple):
    tag: str
    old: tuple[int, int]
    new: tuple[int, int]


SYMBOLS = {"replace": "~", "delete": "-", "insert": "+", "equal": "="}


def changes(a: list[str], b: list[str]) -> list[Change]:
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return [Change(tag, (i1, i2), (j1, j2)) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def describe(change: Change) -> str | None:
    match change:
        case Change("equal", _, _):
            return None
        case Change("insert", (i, _), (j1, j2)):
            return f"+ after line {i}: {j2 - j1} line(s) added"
        case Change("delete", (i1, i2), _):
            return f"- lines {i1 + 1}-{i2} removed"
        case Change(tag="replace", old=(i1, i2), new=(j1, j2)):
            return f"~ lines {i1 + 1}-{i2} replaced by {j2 - j1} line(s)"
    return None


def diff_summary(old_text: str, new_text: str) -> dict[str, object]:
    """Entry point: return similarity ratio, per-change notes and a unified diff."""
    a, b = old_text.splitlines(), new_text.splitlines()
    chs = changes(a, b)
    tally: Counter[str] = Counter(SYMBOLS[c.tag] for c in chs)
    notes = [d for d in map(describe, chs) if d]
    unified = list(difflib.unified_diff(a, b, "old", "new", lineterm="", n=1))
    ratio = difflib.SequenceMatcher(a=old_text, b=new_text).ratio()
    return {"ratio": round(ratio, 3), "tally": dict(tally), "notes": notes, "unified": unified}
