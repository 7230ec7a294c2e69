# family: ordinary, blind round 61 (text diff and change summary)
import difflib
from collections import Counter


def diff_texts(old: str, new: str, context: int = 1, ignore_whitespace: bool = False) -> dict:
    """Compare two texts line by line: unified diff, change counts and similarity ratio.

    Args:
        old: Original text.
        new: Revised text.
        context: Lines of context around each change in the unified diff.
        ignore_whitespace: Normalise internal whitespace before comparing.
    """
    def prep(text: str) -> list[str]:
        lines = text.splitlines()
        return [" ".join(l.split()) for l in lines] if ignore_whitespace else lines

    a, b = prep(old), prep(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = Counter()
    changes = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        ops[tag] += 1
        changes.append({"op": tag, "old_lines": [i1 + 1, i2], "new_lines": [j1 + 1, j2],
                        "removed": a[i1:i2], "added": b[j1:j2]})
    unified = list(difflib.unified_diff(a, b, fromfile="old", tofile="new", n=context, lineterm=""))
    added = sum(1 for l in unified if l.startswith("+") and not l.startswith("+++"))
    removed = sum(1 for l in unified if l.startswith("-") and not l.startswith("---"))
    return {
        "identical": not changes,
        "similarity": round(matcher.ratio(), 4),
        "lines_added": added,
        "lines_removed": removed,
        "operations": dict(ops),
        "changes": changes,
        "unified_diff": "\n".join(unified),
    }


if __name__ == "__main__":
    before = "name: app\nversion: 1.0\nport: 8080\ndebug: false\nworkers: 2"
    after = "name: app\nversion: 1.1\nport: 8080\nworkers: 4\nlog_level: info"
    result = diff_texts(before, after)
    print(result["unified_diff"])
    print({k: v for k, v in result.items() if k not in {"unified_diff", "changes"}})
    print(diff_texts("a  b\nc", "a b\nc", ignore_whitespace=True)["identical"])
