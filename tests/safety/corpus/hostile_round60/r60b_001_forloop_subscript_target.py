# family: red team, round 60b (for T[0] in [EVIL] mutates literal table)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"
T = ["{0}"]


class K:
    def __init__(self):
        self.v = 1


for T[0] in [EVIL]:
    pass
print(T[0].format(K()))
