# family: red team, round 26 (Enum _ignore_ bound other ways; __exit__ assigned or positional-only)
# handed_out._exit_types looks only at functions *defined* as __exit__/__aexit__; a class body may bind
# `__exit__ = leave` to a module function. leave() keeps the exception type (the tool's class Boom) in a
# list, so the class is handed out without classes_as_values knowing; own_object then trusts `self` in
# Boom.kind, which is called with the class itself as self: type(self) is the metaclass, and
# type(self)(self) hands `type` back as a value, which then builds a class with a hook named at run time.
HELD = []


def leave(self, kind, value, trace):
    HELD.append(kind)
    return True


class Guard:
    def __enter__(self):
        return self

    __exit__ = leave


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
