# family: red team, round 34 (guards: a module table reached through max()/iter() and extended)
FIELDS = ["name"]
GROUPS = [["x"]]


def helper():
    return 1


def read(obj, evil):
    box = max([FIELDS, FIELDS], key=len)
    box.append(evil)
    out = []
    for key in FIELDS:
        out.append(getattr(obj, key))
    return out


print(read(helper, bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()))
