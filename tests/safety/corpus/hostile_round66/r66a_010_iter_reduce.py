# family: red team, round 66a (iter(T) is a read, but the iterator's __reduce__ hands T back)
FIELDS = ["real", "imag"]
NAME = "".join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))


def probe():
    return 1


it = iter(FIELDS)
made = it.__reduce_ex__(4)
made[1][0].append(NAME)

for key in FIELDS:
    print(getattr(probe, key, None))
