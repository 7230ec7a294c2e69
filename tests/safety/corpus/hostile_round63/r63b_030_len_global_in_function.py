# family: red team, round 63b (len rebound through global in another function; pieces template repeated len(...) times)
name = "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])


class Evil:
    def __rmul__(self, other):
        return "{0." + name + "}"


def fake(x):
    return Evil()


def setup():
    global len
    len = fake


def run():
    return ("{}" * len([1])).format(run)


setup()
print(run())
