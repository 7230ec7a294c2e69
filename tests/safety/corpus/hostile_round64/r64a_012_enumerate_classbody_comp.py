# family: red team, round 64a (enumerate bound in a class body; a comprehension's first iterable there calls it, the key read by getattr)
NAMES = ("name", "size")


def text(codes):
    return "".join(chr(c) for c in codes)


def fake(table):
    return [(0, text([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))]


def target():
    return 1


class Box:
    enumerate = fake
    shown = [getattr(target, key) for i, key in enumerate(NAMES)]


print(Box.shown)
