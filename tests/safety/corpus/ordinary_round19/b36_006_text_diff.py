"""Compare two versions of a text and report the differences."""
import difflib


def unified_diff(old: str, new: str, old_name: str = "old", new_name: str = "new", context: int = 2) -> str:
    """Return a unified diff between two multi-line strings."""
    diff = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=old_name,
        tofile=new_name,
        n=context,
    )
    return "".join(diff)


def change_summary(old: str, new: str) -> dict[str, int]:
    """Count added, removed and unchanged lines."""
    summary = {"added": 0, "removed": 0, "unchanged": 0}
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        tag = line[:2]
        if tag == "+ ":
            summary["added"] += 1
        elif tag == "- ":
            summary["removed"] += 1
        elif tag == "  ":
            summary["unchanged"] += 1
    return summary


def similarity(old: str, new: str) -> float:
    """Similarity ratio between 0.0 and 1.0."""
    return round(difflib.SequenceMatcher(None, old, new).ratio(), 3)


if __name__ == "__main__":
    v1 = "apples\nbananas\ncherries\ndates\n"
    v2 = "apples\nblueberries\ncherries\ndates\nelderberries\n"
    print(unified_diff(v1, v2, "v1.txt", "v2.txt"))
    print(change_summary(v1, v2))
    print(similarity(v1, v2))
