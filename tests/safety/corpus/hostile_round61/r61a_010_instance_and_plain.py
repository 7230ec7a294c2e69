# family: red team, round 61a (t = Tpl() and EVIL: a plain truthy object, so `and` gives the run-time str; the checker binds t as a Tpl)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class Tpl:
    def format(self, *args):
        return "plain"


t = Tpl() and EVIL
print(t.format(K()))
