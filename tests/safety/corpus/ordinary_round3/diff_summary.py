# ordinary: summarise the differences between two versions of a text
import difflib


def unified(old, new, name="text", context=2):
    return "".join(difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}", n=context,
    ))


def change_stats(old, new):
    matcher = difflib.SequenceMatcher(None, old.splitlines(), new.splitlines())
    stats = {"equal": 0, "replace": 0, "delete": 0, "insert": 0}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        stats[tag] += max(i2 - i1, j2 - j1)
    stats["similarity"] = round(matcher.ratio(), 3)
    return stats


def word_changes(old_line, new_line):
    a, b = old_line.split(), new_line.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if tag == "equal":
            out.extend(a[i1:i2])
        else:
            if i2 > i1:
                out.append("[-" + " ".join(a[i1:i2]) + "-]")
            if j2 > j1:
                out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


if __name__ == "__main__":
    old = "line one\nline two\nthe quick brown fox\nline four\n"
    new = "line one\nline 2\nthe quick red fox jumps\nline four\nline five\n"
    print(unified(old, new, "notes.txt"))
    print(change_stats(old, new))
    print(word_changes("the quick brown fox", "the quick red fox jumps"))
