# family: selfclass
# Escape: type(self) is trusted when the method is never read off its class; _bound() treats a BoolOp base as
# "an operation's result is an object", but `(Shape or Shape)` is the class, so `.kind(Shape)` runs kind with
# self = Shape and type(self) is the metaclass `type`: a three-argument class factory.
class Shape:
    def kind(self):
        return type(self)


def tool(name: str):
    u = "_" * 2
    factory = (Shape or Shape).kind(Shape)
    Spy = factory(name, (), {u + "getattr" + u: lambda self, attr: attr})
    return Spy().anything
