# family: ordinary, blind round 62 (mini command interpreter with match on token lists)
import re

TOKEN_RE = re.compile(r"'([^']*)'|(\S+)")

VARS = {}
HISTORY = []


def execute(line):
    HISTORY.append(line)
    tokens = [quoted or bare for quoted, bare in TOKEN_RE.findall(line)]
    match tokens:
        case []:
            return ""
        case ["set", name, value]:
            VARS[name] = value
            return f"{name} = {value!r}"
        case ["get", name]:
            return VARS.get(name, f"<unset {name}>")
        case ["del", *names] if names:
            gone = [n for n in names if VARS.pop(n, None) is not None]
            return "deleted %d" % len(gone)
        case ["echo", *words]:
            return " ".join(VARS.get(w[1:], w) if w.startswith("$") else w for w in words)
        case ["sum", first, *rest]:
            try:
                return str(sum(float(x) for x in [first, *rest]))
            except ValueError as exc:
                return "error: %s" % exc
        case ["history"]:
            return "\n".join("%3d  %s" % (i, h) for i, h in enumerate(HISTORY, 1))
        case [cmd, *_]:
            return f"unknown command {cmd!r}"


if __name__ == "__main__":
    script = [
        "set name 'Ada Lovelace'",
        "set year 1815",
        "echo hello $name born $year",
        "sum 1 2 3.5",
        "sum 4 x",
        "del year nope",
        "get year",
        "",
        "frobnicate now",
        "history",
    ]
    for line in script:
        print("> " + line)
        out = execute(line)
        if out:
            print(out)
