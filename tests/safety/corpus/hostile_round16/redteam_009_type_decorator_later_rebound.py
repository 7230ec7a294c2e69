# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: finish._decorator accepts any decorator name that has a binding. At module level a name is looked up
# at run time, so `@type` above a later `def type` is still the builtin metaclass: the decorated class
# becomes type(Box) == type itself, which then builds a class with a hook named at run time.
@type
class Box:
    pass


def type(x):
    return x


print(Box)
Made = Box("Made", (), {"__" + "repr" + "__": lambda s: "hook called by a run-time name"})
print(repr(Made()))
