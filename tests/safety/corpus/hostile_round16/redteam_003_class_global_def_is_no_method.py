# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: `global kind_of` in class C's body makes `def kind_of(self)` bind a module-level function, not a
# method. objects.enclosing_method/own_object only look at the def's parent scope (a class) and take self
# for the method's own object, so type(self) is trusted as the tool's class. But kind_of is a plain global
# function: kind_of(int) returns type(int), the metaclass `type`, which then builds a class at run time.
class C:
    global kind_of

    def kind_of(self):
        return type(self)


maker = kind_of(int)
print(maker)
Made = maker("Made", (), {"__" + "repr" + "__": lambda s: "hook called by a run-time name"})
print(repr(Made()))
