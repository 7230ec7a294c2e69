# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: module and class bodies look names up at run time, so `maker = type` before `class type:` (or with the
# class only in a dead branch) still reads the builtin metaclass. finish._judge only refuses `type` as a value
# when the name has no binding at all (`not resolution.bindings`), ignoring may_be_builtin, so the later
# class statement makes the checker believe `type` here is the tool's own class.
maker = type


class type:
    pass


print(maker)
Made = maker("Made", (), {"__" + "repr" + "__": lambda s: "hook called by a run-time name"})
print(repr(Made()))
