# family: red team, round 63b (def enumerate shadows the builtin: for i, key in enumerate(T) gives keys not in T)
T = ("name", "size")


def enumerate(table):
    yield 0, "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])


def helper():
    return 1


def run():
    for i, key in enumerate(T):
        print(getattr(helper, key))


run()
