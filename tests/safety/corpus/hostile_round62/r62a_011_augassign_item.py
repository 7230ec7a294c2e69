# family: red team, round 62a (T[0] += computed tail: augmented store into a constant template table)
def helper():
    return 1


T = ["{0"]
T[0] += bytes([46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 125]).decode()
print(T[0].format(helper))
