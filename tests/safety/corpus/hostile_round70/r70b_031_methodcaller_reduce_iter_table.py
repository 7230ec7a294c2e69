# family: table given only to reversed() (a "reader"); operator.methodcaller("__reduce__") on the iterator hands back T
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
import operator
T = ["real", "imag"]
def setup():
    it = reversed(T)
    kept = operator.methodcaller("__reduce__")(it)[1][0]
    u = "-".replace("-", "_")
    kept.append(u + u + "globals" + u + u)
def show(x):
    for key in T:
        print(getattr(x, key, None))
setup()
show(show)
