# family: alias A = T then A += [bad] (list.__iadd__ on the shared list)
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
T = ["real", "imag"]
def setup():
    A = T
    u = "-".replace("-", "_")
    bad = u + u + "globals" + u + u
    A += [bad]
def show(x):
    for key in T:
        print(getattr(x, key, None))
setup()
show(show)
