# family: class-body generator with inner for over T reads module T (class skipped) consumed after C.T rebinding
# result: checker REFUSED; escape no
T = ["real", "imag"]
class C:
    T = ("real", "imag")
    g = (getattr(C, key, None) for _ in (1,) for key in T)
def f():
    pass
print(list(C.g))
