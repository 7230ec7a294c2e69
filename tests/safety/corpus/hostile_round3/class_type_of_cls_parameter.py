# family: class
# Escape: type(cls) as a value is allowed while `cls` is only ever a parameter; a module function with a parameter
# named cls returns the metaclass `type` when given any class. Calling it with three arguments builds a class
# whose __del__ (name from hex) runs the tool's hook when instances are collected.
class Plain:
    pass


def metaclass_of(cls):
    return type(cls)


def tool(hook):
    meta = metaclass_of(Plain)
    Tracked = meta("Tracked", (), {bytes.fromhex("5f5f64656c5f5f").decode(): hook})
    return Tracked()
