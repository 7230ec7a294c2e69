# family: inline rows for-loop whose target names key twice: column 0 identifiers, column 1 a run-time name (last store wins)
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
def f():
    pass
def show(x):
    u = "-".replace("-", "_")
    bad = u + u + "globals" + u + u
    for key, key in [("real", bad), ("imag", bad)]:
        print(getattr(x, key))
show(f)
