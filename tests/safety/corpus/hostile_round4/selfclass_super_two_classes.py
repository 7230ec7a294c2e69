# family: selfclass
# Escape: super(Sub, Sub) (second argument a class) returns plain functions; the receiver is a Call, which
# _bound() accepts, so kind runs with self = Shape and type(self) is `type`.
class Shape:
    def kind(self):
        return type(self)


class Sub(Shape):
    pass


def tool(name: str):
    u = "_" * 2
    factory = super(Sub, Sub).kind(Shape)
    return factory(name, (), {u + "getattr" + u: lambda self, a: a})().payload
