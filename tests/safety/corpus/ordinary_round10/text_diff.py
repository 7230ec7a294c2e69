"""Produce unified and word-level diffs between two texts."""

import difflib


def unified_diff(old: str, new: str, old_name: str = "before", new_name: str = "after", context: int = 2) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=old_name, tofile=new_name, n=context,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def word_diff(old: str, new: str) -> str:
    a, b = old.split(), new.split()
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if tag == "equal":
            out.extend(a[i1:i2])
        if tag in ("delete", "replace"):
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if tag in ("insert", "replace"):
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def diff_texts(old: str, new: str, mode: str = "unified") -> dict[str, object]:
    ratio = difflib.SequenceMatcher(None, old, new).ratio()
    body = unified_diff(old, new) if mode == "unified" else word_diff(old, new)
    return {"similarity": round(ratio, 3), "diff": body}


if __name__ == "__main__":
    a = "The quick brown fox\njumps over\nthe lazy dog\n"
    b = "The quick red fox\njumps over\nthe sleepy dog\nand runs\n"
    print(diff_texts(a, b)["diff"])
    print(diff_texts("pay the invoice by friday", "pay both invoices by monday", mode="word"))
