# family: red team, round 62a (chained tuple targets alias an identifier table a getattr loop trusts)
def helper():
    return 1


FIELDS, U = M, N = ["name"], ["x"]
M[0] = bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()
for key in FIELDS:
    print(getattr(helper, key))
