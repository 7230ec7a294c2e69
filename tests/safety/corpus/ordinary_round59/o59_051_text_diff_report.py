# family: ordinary, blind round 59 (line and word diff between two text versions)
import difflib
from typing import List


def unified_diff(old: str, new: str, context: int = 1) -> str:
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(),
                                 fromfile="before", tofile="after", lineterm="", n=context)
    return "\n".join(lines)


def inline_word_diff(old: str, new: str) -> str:
    a, b = old.split(), new.split()
    out: List[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if op == "equal":
            out.extend(a[i1:i2])
        if op in ("delete", "replace"):
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if op in ("insert", "replace"):
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def similarity(old: str, new: str) -> float:
    return round(difflib.SequenceMatcher(None, old, new).ratio(), 3)


if __name__ == "__main__":
    before = """Shipping is free for orders over $50.
Returns are accepted within 14 days.
Contact support by email.
Gift cards cannot be refunded."""
    after = """Shipping is free for orders over $40.
Returns are accepted within 30 days of delivery.
Contact support by email or chat.
Gift cards cannot be refunded."""
    print(unified_diff(before, after))
    print()
    for o, n in zip(before.splitlines(), after.splitlines()):
        if o != n:
            print(f"{similarity(o, n):.3f}  {inline_word_diff(o, n)}")
    print("closest to 'refnd':", difflib.get_close_matches("refnd", ["refund", "return", "rename"]))
