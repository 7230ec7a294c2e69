# family: red team, round 60b (class constant table 'args' never bound at run time: self.args are the Exception's constructor arguments, fed to getattr)
class K:
    def __init__(self):
        self.v = 1


class Spec(Exception):
    if len("") > 0:
        args = ("name", "value")

    def read(self, obj):
        out = obj
        for key in self.args:
            out = getattr(out, key)
        return out


u = chr(len("x" * 95)) * 2
print(Spec(u + "init" + u, u + "globals" + u).read(K()))
