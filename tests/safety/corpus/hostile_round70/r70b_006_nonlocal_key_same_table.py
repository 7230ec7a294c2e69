# family: nonlocal loop key (inner for-loop over same T), getattr in outer
# result: checker REFUSED; escape no
T = ["real", "imag"]
def outer(x):
    for key in T:
        pass
    def inner():
        nonlocal key
        for key in T:
            pass
    inner()
    print(getattr(x, key))
outer(outer)
