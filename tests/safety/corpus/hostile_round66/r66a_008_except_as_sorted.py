# family: red team, round 66a (except-as target named sorted then reused)
FIELDS = ["real", "imag"]
NAME = "".join(map(chr, [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))


def probe():
    return 1


def spy(table):
    table.append(NAME)
    return table


class Spy(Exception):
    def __call__(self, table):
        return spy(table)


try:
    raise Spy()
except Spy as sorted:
    sorted(FIELDS)

for key in FIELDS:
    print(getattr(probe, key, None))
