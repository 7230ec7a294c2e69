import difflib


def unified(old: str, new: str, context: int = 2) -> str:
    """A unified diff of two texts."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), "old", "new", n=context
    )
    return "".join(lines)


def similarity(a: str, b: str) -> float:
    return round(difflib.SequenceMatcher(None, a, b).ratio(), 3)


def closest(word: str, choices: list[str], n: int = 3) -> list[str]:
    return difflib.get_close_matches(word, choices, n=n, cutoff=0.5)


def changed_words(old: str, new: str) -> dict:
    matcher = difflib.SequenceMatcher(None, old.split(), new.split())
    added, removed = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed.extend(old.split()[i1:i2])
        if tag in ("replace", "insert"):
            added.extend(new.split()[j1:j2])
    return {"added": added, "removed": removed, "ratio": round(matcher.ratio(), 3)}
