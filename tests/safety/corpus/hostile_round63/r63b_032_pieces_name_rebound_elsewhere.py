# family: red team, round 63b (pieces template bound as a constant, then rebound by a for-loop target elsewhere)
name = "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95])
COLS = ["a"]
ROW = "{:<8}" + "{}" * len(COLS)


def helper():
    return 1


def run():
    return ROW.format("x", helper)


for ROW in ["{1." + name + "}"]:
    pass
print(run())
