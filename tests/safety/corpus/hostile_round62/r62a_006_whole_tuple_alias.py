# family: red team, round 62a (T, U = V = ([...], [...]): V keeps the tuple holding T's list)
def helper():
    return 1


T, U = V = ["{0}"], ["x"]
V[0][0] = bytes([123, 48, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 125]).decode()
print(T[0].format(helper))
