# family: walrus in comprehension condition rebinds the table in the function while an inner for reads it
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
def show(x):
    T = ["real", "imag"]
    u = "-".replace("-", "_")
    bad = u + u + "globals" + u + u
    return [getattr(x, key, None) for _ in (1, 2) if (T := [bad]) for key in T]
print(show(show))
