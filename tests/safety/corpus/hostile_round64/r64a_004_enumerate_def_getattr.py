# family: red team, round 64a (a def named enumerate: for i, key in enumerate(NAMES) binds key to NAMES' items by spelling)
NAMES = ("name", "size")


def text(codes):
    return "".join(chr(c) for c in codes)


def enumerate(table):
    return [(0, text([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))]


def run(obj):
    for i, key in enumerate(NAMES):
        print(getattr(obj, key))


run(run)
