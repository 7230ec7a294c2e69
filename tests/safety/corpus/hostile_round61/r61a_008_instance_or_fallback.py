# family: red team, round 61a (t = Tpl() or EVIL: binding classified as an instance of Tpl, but a falsy Tpl() gives the run-time str)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class Tpl:
    def format(self, *args):
        return "plain"

    def __bool__(self):
        return False


t = Tpl() or EVIL
print(t.format(K()))
