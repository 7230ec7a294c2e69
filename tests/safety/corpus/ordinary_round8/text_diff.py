import difflib

__all__ = ["diff_texts"]


def _similarity(a: list[str], b: list[str]) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def diff_texts(old: str, new: str, context: int = 2, style: str = "unified") -> dict:
    """Compare two texts line by line and report the differences."""
    a = old.splitlines()
    b = new.splitlines()
    if style == "unified":
        lines = list(difflib.unified_diff(a, b, "old", "new", n=context, lineterm=""))
    elif style == "context":
        lines = list(difflib.context_diff(a, b, "old", "new", n=context, lineterm=""))
    elif style == "ndiff":
        lines = [l for l in difflib.ndiff(a, b) if not l.startswith("?")]
    else:
        raise ValueError("style must be unified, context or ndiff")

    matcher = difflib.SequenceMatcher(None, a, b)
    changes = {"insert": 0, "delete": 0, "replace": 0}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in changes:
            changes[tag] += max(i2 - i1, j2 - j1)
    return {
        "diff": "\n".join(lines),
        "similarity": round(_similarity(a, b), 3),
        "changes": changes,
        "identical": a == b,
    }


if __name__ == "__main__":
    before = "apples\nbananas\ncherries\ndates\n"
    after = "apples\nblueberries\ncherries\ndates\nelderberries\n"
    result = diff_texts(before, after)
    print(result["diff"])
    print(result["similarity"], result["changes"])
