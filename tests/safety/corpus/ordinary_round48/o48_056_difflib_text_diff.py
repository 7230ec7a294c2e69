# family: ordinary, blind round 48 (difflib text diff and fuzzy matching)
import difflib

OLD = """\
[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = true
log_level = info
""".splitlines(keepends=True)

NEW = """\
[server]
host = 0.0.0.0
port = 8443
workers = 8
log_level = warning
tls = on
""".splitlines(keepends=True)

COMMANDS = ["status", "start", "stop", "restart", "deploy", "rollback", "logs", "config"]


def unified(old, new, name="app.ini"):
    return "".join(difflib.unified_diff(old, new, f"a/{name}", f"b/{name}", n=1))


def change_summary(old, new):
    sm = difflib.SequenceMatcher(None, old, new)
    counts = {"replace": 0, "delete": 0, "insert": 0}
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            counts[tag] += max(i2 - i1, j2 - j1)
    return counts, round(sm.ratio(), 3)


def suggest(word, choices=COMMANDS):
    matches = difflib.get_close_matches(word, choices, n=2, cutoff=0.6)
    return f"unknown command '{word}', did you mean: {', '.join(matches)}?" if matches \
        else f"unknown command '{word}'"


if __name__ == "__main__":
    print(unified(OLD, NEW))
    counts, ratio = change_summary(OLD, NEW)
    print("changes:", counts, "similarity:", ratio)
    for typo in ["stauts", "rollbak", "deplyo", "xyz"]:
        print(suggest(typo))
    a, b = "The quick brown fox", "The quick red fox"
    ndiff = [d for d in difflib.ndiff(a.split(), b.split()) if d[0] in "+-"]
    print("word diff:", ndiff)
