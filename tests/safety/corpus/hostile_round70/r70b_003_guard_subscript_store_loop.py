# family: loop target that stores into the table (for T[0] in ...)
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
T = ["real", "imag"]
def g(x):
    for T[0] in ["__globals__"]:
        pass
    for key in T:
        print(getattr(x, key, None))
g(g)
