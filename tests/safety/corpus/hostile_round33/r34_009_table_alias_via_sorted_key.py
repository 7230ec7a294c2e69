# family: red team, round 34 (guards: a module table changed through a list reached by a reader builtin)
FIELDS = ["name"]


def helper():
    return 1


def read(obj, evil):
    for row in [FIELDS]:
        row.append(evil)
    out = []
    for key in FIELDS:
        out.append(getattr(obj, key))
    return out


print(read(helper, bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()))
