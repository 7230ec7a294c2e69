# family: red team, round 60b (class-body table bound only under a false test: the load falls through to a module global)
class K:
    def __init__(self):
        self.v = 1


u = chr(len("x" * 95)) * 2
T = ["{0." + u + "init" + u + "." + u + "globals" + u + "}"]


class C:
    if len("") > 0:
        T = ["{0}"]
    print(T[0].format(K()))
