# family: red team, round 60b (augmented assignment joins separately-scanned literal fragments into a dunder field)
class K:
    def __init__(self):
        self.v = 1


t = "{0._"
t += "_init__.__glo"
t += "bals__}"
print(t.format(K()))
