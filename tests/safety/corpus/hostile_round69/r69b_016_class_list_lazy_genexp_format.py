# family: format templates - class-body list of literal templates (shadowing a same-named module table) iterated lazily by a genexp; list item replaced later via C.T[0] = run-time template
# result: checker: SAFE; escape: YES (str.format template '{0.__globals__}' prints globals dict)
def helper():
    return 1


T = ["{0}"]


class C:
    T = ["{0}"]
    G = (t.format(helper) for t in T)


u = "_"
C.T[0] = "{0." + u + u + "globals" + u + u + "}"
for v in C.G:
    print(v)
