# family: selfclass
# Escape: `(lambda: Shape)()` is a Call base, trusted by _bound(); the method is called with the class as
# self, and `self.__class__` (allowed on self) is then `type`.
class Shape:
    def kind(self):
        return self.__class__


def tool(name: str):
    u = "_" * 2
    factory = (lambda: Shape)().kind(Shape)
    return factory(name, (), {u + "getattr" + u: lambda self, a: a})().payload
