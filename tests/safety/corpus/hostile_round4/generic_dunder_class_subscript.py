# family: generic
# Escape: `X.__class__` is allowed where it is an operand, and a subscript's value is one; Shape.__class__[int]
# is type[int], a GenericAlias whose call runs type(name, bases, ns).
class Shape:
    pass


def tool(name: str):
    u = "_" * 2
    factory = Shape.__class__[int]
    return factory(name, (), {u + "getattr" + u: lambda self, a: a})().anything
