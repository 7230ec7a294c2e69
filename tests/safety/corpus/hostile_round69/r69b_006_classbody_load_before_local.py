# family: scoping - class body loads a name before its class-local CONST binding; runtime finds the global
# result: checker: REFUSED (class body resolves class+module bindings); escape: no
def helper():
    return 1


u = "_"
tpl = "{0." + u + u + "globals" + u + u + "}"


class C:
    print(tpl.format(helper))
    tpl = "{}"
