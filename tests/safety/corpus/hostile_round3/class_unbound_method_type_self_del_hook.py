# family: class
# Escape: Shape.kind is called unbound with `int` as self; type(self) is then the metaclass `type`. The
# checker only accepts type(self) because the parameter is called self. Called with three arguments it builds,
# at run time, a class whose __del__ (name assembled by str.join, never a literal) is a finalizer hook.
class Shape:
    def kind(self):
        return type(self)


def tool(label: str):
    meta = Shape.kind(int)
    name = "".join(["_", "_", "del", "_", "_"])
    Tracked = meta("Tracked", (), {name: lambda obj: print("finalizer ran for", label)})
    return Tracked()
