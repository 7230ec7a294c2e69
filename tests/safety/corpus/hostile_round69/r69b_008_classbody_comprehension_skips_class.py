# family: scoping - comprehension inside a class body skips class scope; checker may resolve to the class CONST
# result: checker: REFUSED; escape: no
def helper():
    return 1


u = "_"
tpl = "{0." + u + u + "globals" + u + u + "}"


class C:
    tpl = "{}"
    out = [tpl.format(x) for x in (helper,)]
    print(out)
