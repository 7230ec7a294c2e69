"""Compare two texts line by line: unified diff, similarity ratio and changed-word highlights."""
import difflib


def compare(old: str, new: str, context: int = 1) -> dict:
    a, b = old.splitlines(), new.splitlines()
    unified = list(difflib.unified_diff(a, b, "old", "new", n=context, lineterm=""))
    sm = difflib.SequenceMatcher(None, a, b)
    stats = {"equal": 0, "replace": 0, "delete": 0, "insert": 0}
    word_changes = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        stats[tag] += max(i2 - i1, j2 - j1)
        if tag == "replace":
            for la, lb in zip(a[i1:i2], b[j1:j2]):
                word_changes.append(highlight(la, lb))
    return {"similarity": round(difflib.SequenceMatcher(None, old, new).ratio(), 3),
            "stats": stats, "unified": unified, "word_changes": word_changes}


def highlight(a: str, b: str) -> str:
    wa, wb = a.split(), b.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb).get_opcodes():
        if tag == "equal":
            out.extend(wa[i1:i2])
        if tag in ("delete", "replace"):
            out.append("[-" + " ".join(wa[i1:i2]) + "-]")
        if tag in ("insert", "replace"):
            out.append("{+" + " ".join(wb[j1:j2]) + "+}")
    return " ".join(out)


def suggest(word: str, vocabulary: list, n: int = 3) -> list:
    return difflib.get_close_matches(word, vocabulary, n=n, cutoff=0.6)


if __name__ == "__main__":
    old = "The quick brown fox\njumps over\nthe lazy dog\nThe end"
    new = "The quick red fox\njumps over\nthe lazy dog today\nExtra line\nThe end"
    r = compare(old, new)
    print(r["similarity"], r["stats"])
    print("\n".join(r["unified"]))
    print(r["word_changes"], suggest("appel", ["apple", "apply", "ample", "maple", "banana"]))
