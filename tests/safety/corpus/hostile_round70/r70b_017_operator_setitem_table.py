# family: module table mutated through operator.setitem(T, 0, bad)
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
import operator
T = ["real", "imag"]
def setup():
    u = "-".replace("-", "_")
    bad = u + u + "globals" + u + u
    operator.setitem(T, 0, bad)
def show(x):
    for key in T:
        print(getattr(x, key, None))
setup()
show(show)
