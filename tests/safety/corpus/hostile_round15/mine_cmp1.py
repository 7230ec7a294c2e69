# family: red team, round 15 (scopes: a name's source looked up where it was made)
def helper():
    return 1


names = ("name",)


class C:
    names = ["".join(reversed("__slabolg__"))]
    got = [getattr(helper, k) for k in names]


print(sorted(C.got[0])[:3])
