# ordinary: compare two texts and report a unified diff and similarity
import difflib
from typing import Any


def diff_texts(old: str, new: str, context: int = 2, ignore_case: bool = False) -> dict[str, Any]:
    """Unified diff, similarity ratio and counts of added/removed lines."""
    a, b = old.splitlines(), new.splitlines()
    if ignore_case:
        a, b = [x.lower() for x in a], [x.lower() for x in b]
    diff = list(difflib.unified_diff(a, b, fromfile="old", tofile="new", lineterm="", n=context))
    added = sum(1 for l in diff if l.startswith("+") and not l.startswith("+++"))
    removed = sum(1 for l in diff if l.startswith("-") and not l.startswith("---"))
    matcher = difflib.SequenceMatcher(None, "\n".join(a), "\n".join(b))
    ops = [
        {"op": tag, "old": f"{i1}:{i2}", "new": f"{j1}:{j2}"}
        for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]
    return {
        "similarity": "{:.1%}".format(matcher.ratio()),
        "added": added,
        "removed": removed,
        "diff": "\n".join(diff),
        "opcodes": ops[:20],
        "suggest": difflib.get_close_matches("colour", b + ["color", "collar"], n=1),
    }


if __name__ == "__main__":
    print(diff_texts("a\nb\nc\n", "a\nB\nc\nd\n"))
