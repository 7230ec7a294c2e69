# family: table given only to iter() (a "reader"); the iterator's __reduce__() hands back T itself, which is then mutated
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
T = ["real", "imag"]
def setup():
    it = iter(T)
    kept = it.__reduce__()[1][0]
    u = "-".replace("-", "_")
    kept.append(u + u + "globals" + u + u)
def show(x):
    for key in T:
        print(getattr(x, key, None))
setup()
show(show)
