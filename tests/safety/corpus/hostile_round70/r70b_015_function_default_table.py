# family: table bound as a function default (def show(x, T=[...])) and mutated through the default
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
def show(x, T=["real", "imag"]):
    for key in T:
        print(getattr(x, key))
def setup():
    u = "-".replace("-", "_")
    bad = u + u + "globals" + u + u
    show(show, [bad])
setup()
