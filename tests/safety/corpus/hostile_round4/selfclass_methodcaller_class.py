# family: selfclass
# Escape: operator.methodcaller("kind", Shape)(Shape) calls Shape.kind(Shape); no attribute load of "kind"
# on a class is recorded, so own_object() still trusts self and type(self) hands out `type`.
import operator


class Shape:
    def kind(self):
        return type(self)


def tool(name: str):
    u = "_" * 2
    factory = operator.methodcaller("kind", Shape)(Shape)
    return factory(name, (), {u + "getattr" + u: lambda self, a: a})().payload
