# family: scoping - class-local CONST deleted, the later load in the class body falls through to the global
# result: checker: REFUSED; escape: no
def helper():
    return 1


u = "_"
tpl = "{0." + u + u + "globals" + u + u + "}"


class C:
    tpl = "{}"
    del tpl
    print(tpl.format(helper))
