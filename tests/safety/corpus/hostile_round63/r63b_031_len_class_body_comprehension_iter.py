# family: red team, round 63b (len bound in a class body; pieces template in a comprehension's first iterable there)
name = "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])


class Evil:
    def __rmul__(self, other):
        return "{0." + name + "}"


def fake(x):
    return Evil()


def helper():
    return 1


class Box:
    len = fake
    shown = [c for c in ("{}" * len([1])).format(helper)]


print("".join(Box.shown))
