# family: held names - class-body list table (shadowing a module table of the same name) iterated lazily by a genexp; class list mutated later via C.T.append
# result: checker: SAFE; escape: YES (prints helper.__globals__ dict)
def helper():
    return 1


T = ["real"]


class C:
    T = ["real"]
    G = (getattr(helper, key, None) for key in T)


u = "_"
C.T.append(u + u + "globals" + u + u)
for v in C.G:
    print(v)
