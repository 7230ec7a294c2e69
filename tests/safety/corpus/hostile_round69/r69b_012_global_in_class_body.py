# family: scoping - class body declares global and rebinds a module CONST template to a computed one
# result: checker: REFUSED (global in class body not allowed); escape: no
def helper():
    return 1


tpl = "{0}"
u = "_"


class C:
    global tpl
    tpl = "{0." + u + u + "globals" + u + u + "}"


print(tpl.format(helper))
