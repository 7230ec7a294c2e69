"""Compare two texts: unified diff, similarity ratio, and word-level changes."""
import difflib


def unified(old: str, new: str, old_name: str = "old", new_name: str = "new", context: int = 2) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=old_name, tofile=new_name, n=context,
    )
    return "".join(lines)


def word_changes(old: str, new: str) -> list[dict]:
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        changes.append({"op": tag, "old": " ".join(a[i1:i2]), "new": " ".join(b[j1:j2])})
    return changes


def similarity(old: str, new: str) -> float:
    return round(difflib.SequenceMatcher(None, old, new).ratio(), 4)


def suggest(word: str, vocabulary: list[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    return difflib.get_close_matches(word, vocabulary, n=n, cutoff=cutoff)


def inline_markup(old: str, new: str, ins: str = "[+{}+]", dele: str = "[-{}-]") -> str:
    """Render word-level differences inline using caller-supplied markers."""
    a, b = old.split(), new.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b).get_opcodes():
        if tag == "equal":
            out.extend(a[i1:i2])
        if tag in ("delete", "replace"):
            out.append(dele.format(" ".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            out.append(ins.format(" ".join(b[j1:j2])))
    return " ".join(out)


if __name__ == "__main__":
    old = "line one\nline two\nline three\nline four\n"
    new = "line one\nline 2\nline three\nline four\nline five\n"
    print(unified(old, new))
    print(word_changes("the quick brown fox", "the slow brown dog jumps"))
    print(similarity("kitten", "sitting"), suggest("aple", ["apple", "ample", "maple", "banana"]))
    print(inline_markup("the quick brown fox", "the slow brown dog", "<ins>{}</ins>", "<del>{}</del>"))
