# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: like rt_003 with `nonlocal`: class C's body declares `nonlocal kind_of`, so `def kind_of(self)` binds
# outer()'s variable, a plain function. objects.enclosing_method still takes it for a method of C (its parent
# scope is a class), so type(self) is trusted; outer() calls kind_of(int) and gets the metaclass `type`.
def outer():
    kind_of = None

    class C:
        nonlocal kind_of

        def kind_of(self):
            return type(self)

    return kind_of(int)


maker = outer()
print(maker)
Made = maker("Made", (), {"__" + "repr" + "__": lambda s: "hook called by a run-time name"})
print(repr(Made()))
