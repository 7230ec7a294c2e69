# family: red team, round 66a (match capture rebinds a read-only identifier table)
FIELDS = ["real", "imag"]


def probe():
    return 1


def run(x: str) -> str:
    match ["__globals__"]:
        case FIELDS:
            pass
    out = []
    for key in FIELDS:
        out.append(str(getattr(probe, key)))
    return ",".join(out)


print(run("a"))
