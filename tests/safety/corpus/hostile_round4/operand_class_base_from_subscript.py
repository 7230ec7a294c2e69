# family: operand
# Escape: a base class written as a subscript (`Grab()[type]`) has no head name, so neither the "deriving from
# type makes a metaclass" rule nor CLASS_BASE sees it; the index `type` is an operand. Meta is a metaclass of
# the tool's own; calling Meta with three arguments builds classes with any hooks at run time.
class Grab:
    def __getitem__(self, key):
        return key


class Meta(Grab()[type]):
    pass


def tool(name: str):
    u = "_" * 2
    Made = Meta(name, (), {u + "getattr" + u: lambda self, attr: "intercepted " + attr})
    return Made().secret
