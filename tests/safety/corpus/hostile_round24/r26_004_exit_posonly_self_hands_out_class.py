# family: red team, round 26 (Enum _ignore_ bound other ways; __exit__ assigned or positional-only)
# handed_out._exit_types takes the exception type as `function.args.args[1]`; with `self` positional-only
# (`def __exit__(self, /, kind, value, trace)`) args.args is [kind, value, trace], so it watches `value` and
# `kind` (the tool's exception class) is stored freely. The class is handed out unnoticed; Boom.kind is called
# with the class as self; type(self)(self) returns `type`, which builds a class with a run-time-named hook.
HELD = []


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, /, kind, value, trace):
        HELD.append(kind)
        return True


class Boom(Exception):
    def kind(self):
        return type(self)(self)


def loud(self):
    return "PROOF: hook named at run time called"


with Guard():
    raise Boom("x")

for k in HELD:
    meta = k.kind(k)
    print("PROOF:", meta)
    made = meta("Made", (), {"_" + "_repr_" + "_": loud})
    print(repr(made()))
