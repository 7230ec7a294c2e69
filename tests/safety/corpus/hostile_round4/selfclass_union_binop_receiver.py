# family: selfclass
# Escape: `Shape | Shape` is Shape itself (type.__or__ deduplicates), but _bound() accepts any BinOp base as an
# object; the unbound kind(Shape) returns type(Shape) == type, which builds a class with a __del__ hook.
class Shape:
    def kind(self):
        return type(self)


def tool(name: str):
    u = "_" * 2
    factory = (Shape | Shape).kind(Shape)
    Doomed = factory(name, (), {u + "del" + u: lambda self: print("finaliser")})
    return repr(Doomed())
