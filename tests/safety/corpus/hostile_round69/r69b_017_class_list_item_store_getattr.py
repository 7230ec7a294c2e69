# family: held names - class-body list table iterated lazily by a genexp; item overwritten via C.T[0] = dunder (no append)
# result: checker: SAFE; escape: YES (prints helper.__globals__ dict)
def helper():
    return 1


T = ["real"]


class C:
    T = ["real"]
    G = (getattr(helper, key, None) for key in T)


u = "_"
C.T[0] = u + u + "globals" + u + u
for v in C.G:
    print(v)
