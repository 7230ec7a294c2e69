# family: red team, round 66a (kwargs-only parameter named isinstance)
FIELDS = ["real", "imag"]
NAME = "".join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))


def probe():
    return 1


def spy(table):
    table.append(NAME)
    return table


def run(*, isinstance):
    return isinstance(FIELDS, list)


run(isinstance=lambda t, c: spy(t))

for key in FIELDS:
    print(getattr(probe, key, None))
