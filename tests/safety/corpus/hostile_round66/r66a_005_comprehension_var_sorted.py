# family: red team, round 66a (comprehension variable named sorted hands the table to spy)
FIELDS = ["real", "imag"]
NAME = "".join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))


def probe():
    return 1


def spy(table):
    table.append(NAME)
    return table


[sorted(FIELDS) for sorted in [spy]]

for key in FIELDS:
    print(getattr(probe, key, None))
