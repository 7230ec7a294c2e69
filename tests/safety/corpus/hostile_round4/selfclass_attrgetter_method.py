# family: selfclass
# Escape: operator.attrgetter("kind") reads the method off the class without an attribute load the
# own_object() check records (it only looks at attribute_loads and Name chains), so kind(Shape) runs with
# self = Shape and returns `type`.
import operator


class Shape:
    def kind(self):
        return type(self)


def tool(name: str):
    u = "_" * 2
    factory = operator.attrgetter("kind")(Shape)(Shape)
    return factory(name, (), {u + "getattr" + u: lambda self, a: a})().payload
