# family: held names - class-body list table iterated lazily by a genexp; list mutated later through C.T
# result: checker: REFUSED (comprehension scope finds no module T); escape: no
def helper():
    return 1


class C:
    T = ["real"]
    G = (getattr(helper, key, None) for key in T)


u = "_"
C.T.append(u + u + "globals" + u + u)
for v in C.G:
    print(v)
