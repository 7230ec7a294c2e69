# family: red team, round 61a (t = Tpl() + EVIL: binding classified as an instance of Tpl, but Tpl.__add__ returns the run-time str)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class Tpl:
    def format(self, *args):
        return "plain"

    def __add__(self, other):
        return other


t = Tpl() + EVIL
print(t.format(K()))
