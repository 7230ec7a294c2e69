# family: table passed via functools.partial keywords, mutated through p.keywords
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
import functools
T = ["real", "imag"]
def show(x, table):
    for key in table:
        print(getattr(x, key, None))
p = functools.partial(show, table=T)
def setup():
    u = "-".replace("-", "_")
    bad = u + u + "globals" + u + u
    p.keywords["table"].append(bad)
setup()
for key in T:
    pass
p(show)
