# family: class-body tuple table read as C.T from a function, class attribute rebound to a run-time list first
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
class C:
    T = ("real", "imag")
def show(x):
    for key in C.T:
        print(getattr(x, key, None))
def setup():
    u = "-".replace("-", "_")
    C.T = [u + u + "globals" + u + u]
setup()
show(show)
