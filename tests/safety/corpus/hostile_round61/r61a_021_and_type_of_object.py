# family: red team, round 61a (x = R() and type(R()): x taken as an R object, but is the class; x.render runs with self a SimpleNamespace)
from types import SimpleNamespace

U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class R:
    T = "{0.v}"

    def render(self, obj):
        return self.T.format(obj)


x = R() and type(R())
print(x.render(SimpleNamespace(T=EVIL), K()))
