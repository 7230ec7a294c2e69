# family: loop key declared nonlocal in an inner function iterates the inner function's own T; outer getattr judges outer-visible T
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
T = ["real", "imag"]
def outer(x):
    for key in T:
        pass
    def inner():
        nonlocal key
        u = "-".replace("-", "_")
        T = [u + u + "globals" + u + u]
        for key in T:
            pass
    inner()
    print(getattr(x, key))
outer(outer)
