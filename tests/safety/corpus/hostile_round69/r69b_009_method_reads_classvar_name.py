# family: scoping - method body reads bare name that is a class constant; runtime finds the module global
# result: checker: REFUSED; escape: no
def helper():
    return 1


u = "_"
tpl = "{0." + u + u + "globals" + u + u + "}"


class C:
    tpl = "{}"

    def m(self, x):
        return tpl.format(x)


print(C().m(helper))
