"""Compare two versions of text: unified diff, similarity ratio and word-level changes."""
from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass
class DiffSummary:
    ratio: float
    added: int
    removed: int
    unified: str

    def __str__(self) -> str:
        return f"similarity {self.ratio:.1%}, +{self.added} / -{self.removed} lines"


def compare_texts(old: str, new: str, old_name: str = "before", new_name: str = "after",
                  context: int = 2) -> DiffSummary:
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    diff = list(difflib.unified_diff(old_lines, new_lines, old_name, new_name, n=context))
    added = sum(1 for l in diff if l.startswith("+") and not l.startswith("+++"))
    removed = sum(1 for l in diff if l.startswith("-") and not l.startswith("---"))
    ratio = difflib.SequenceMatcher(None, old, new).ratio()
    return DiffSummary(ratio, added, removed, "".join(diff))


def word_changes(old: str, new: str) -> str:
    """Inline word diff using [-removed-] and {+added+} markers."""
    a, b = old.split(), new.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if op == "equal":
            out.extend(a[i1:i2])
        if op in ("delete", "replace"):
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if op in ("insert", "replace"):
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


def suggest(word: str, vocabulary: list[str]) -> list[str]:
    return difflib.get_close_matches(word, vocabulary, n=3, cutoff=0.6)


if __name__ == "__main__":
    v1 = "def greet(name):\n    print('hi', name)\n    return None\n"
    v2 = "def greet(name, loud=False):\n    msg = f'hi {name}'\n    print(msg.upper() if loud else msg)\n    return None\n"
    summary = compare_texts(v1, v2, "greet_v1.py", "greet_v2.py")
    print(summary)
    print(summary.unified)
    print(word_changes("the quick brown fox jumps", "the quick red fox leaps high"))
    print(suggest("recieve", ["receive", "recipe", "relieve", "deceive"]))
