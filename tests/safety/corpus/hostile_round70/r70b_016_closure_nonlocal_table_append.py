# family: closure table in outer function, inner function mutates it via nonlocal T; T += [bad]
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
def outer(x):
    T = ["real", "imag"]
    def grow():
        nonlocal T
        u = "-".replace("-", "_")
        bad = u + u + "globals" + u + u
        T += [bad]
    grow()
    for key in T:
        print(getattr(x, key, None))
outer(outer)
