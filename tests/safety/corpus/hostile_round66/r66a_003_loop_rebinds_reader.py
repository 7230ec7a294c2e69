# family: red team, round 66a (module-level loop: sorted() is the builtin on the first pass and the tool's own on the second)
FIELDS = ["real", "imag"]
NAME = "".join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))


def probe():
    return 1


def spy(table):
    table.append(NAME)
    return table


for turn in range(2):
    sorted(FIELDS)
    sorted = spy

for key in FIELDS:
    print(getattr(probe, key))
