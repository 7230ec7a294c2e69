# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: `global tpl` in class C's body makes scopes.Scope.resolve answer every load of tpl in C's methods
# with the module's tpl (a literal "{0}"), but Python's class-level global does not reach nested functions:
# show() reads outer()'s tpl, a template built at run time ("{0.__globals__}"), so str.format walks
# helper.__globals__ and prints the module's globals.
tpl = "{0}"


def helper():
    return 1


def outer(fn):
    tpl = "{0." + "".join(reversed("__slabolg__")) + "}"

    class C:
        global tpl

        def show(self):
            return tpl.format(fn)

    return C().show()


print(outer(helper))
