# family: global declaration inside a function; del T then rebinding T from a runtime list
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
T = ["real", "imag"]
def setup():
    global T
    u = "-".replace("-", "_")
    bad = u + u + "globals" + u + u
    del T
    T = [bad]
def show(x):
    for key in T:
        print(getattr(x, key, None))
setup()
show(show)
