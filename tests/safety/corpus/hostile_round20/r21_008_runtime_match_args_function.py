# family: red team, round 21 (enum membership, copy's reduce protocol, register)
# Chain: __match_args__ assigned a tuple a function builds at run time ("__globals__"); case C(g) on a function
# would read its globals by that name.
def names():
    return ("".join(reversed("__slabolg__")),)


class C:
    __match_args__ = names()


def helper():
    return 1


def run(obj):
    match obj:
        case C(g):
            print(sorted(g))


run(helper)
