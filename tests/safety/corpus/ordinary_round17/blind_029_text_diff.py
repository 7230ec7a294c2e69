"""Compare two texts: unified diff, similarity ratio and change summary."""
import difflib


def unified(old: str, new: str, name: str = "text", context: int = 2) -> str:
    diff = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}", n=context,
    )
    return "".join(diff)


def similarity(a: str, b: str) -> float:
    return round(difflib.SequenceMatcher(None, a, b).ratio(), 3)


def change_summary(old: str, new: str) -> dict:
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines())
    summary = {"equal": 0, "replace": 0, "delete": 0, "insert": 0}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        summary[tag] += max(i2 - i1, j2 - j1)
    return summary


def suggest(word: str, choices: list[str]) -> list[str]:
    return difflib.get_close_matches(word, choices, n=3, cutoff=0.6)


if __name__ == "__main__":
    a = "line one\nline two\nline three\nline four\n"
    b = "line one\nline 2\nline three\nline four\nline five\n"
    print(unified(a, b, "notes.txt"))
    print(similarity(a, b), change_summary(a, b))
    print(suggest("appel", ["apple", "ape", "peach", "apply", "maple"]))
