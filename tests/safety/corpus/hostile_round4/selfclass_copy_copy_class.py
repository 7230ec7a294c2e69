# family: selfclass
# Escape: copy.copy(Shape) is Shape (classes are copied as themselves); the receiver is a Call, so _bound()
# trusts it, and kind(self=Shape) returns the metaclass `type`.
import copy


class Shape:
    def kind(self):
        return type(self)


def tool(name: str):
    u = "_" * 2
    factory = copy.copy(Shape).kind(Shape)
    return factory(name, (), {u + "getattr" + u: lambda self, a: a})().payload
