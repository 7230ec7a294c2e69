# family: red team, round 62a (chained tuple-unpacking targets alias a constant template table)
def helper():
    return 1


T, U = M, N = ["{0}"], ["x"]
M[0] = bytes([123, 48, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 125]).decode()
print(T[0].format(helper))
