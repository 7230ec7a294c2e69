# family: red team, round 66a (walrus in a comprehension rebinds a read-only identifier table)
FIELDS = ["real", "imag"]


def probe():
    return 1


def run(x: str) -> str:
    [FIELDS := ["__globals__"] for _ in range(1)]
    out = []
    for key in FIELDS:
        out.append(str(getattr(probe, key)))
    return ",".join(out)


print(run("a"))
