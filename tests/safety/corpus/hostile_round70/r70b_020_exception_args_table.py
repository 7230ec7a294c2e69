# family: table stored as an exception's args, mutated via e.args[0]
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
T = ["real", "imag"]
def show(x):
    try:
        raise ValueError(T)
    except ValueError as e:
        u = "-".replace("-", "_")
        bad = u + u + "globals" + u + u
        e.args[0].append(bad)
    for key in T:
        print(getattr(x, key, None))
show(show)
