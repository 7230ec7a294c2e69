# family: selfclass
# Escape: max([Shape], key=id) is the class Shape but, being a Call, passes _bound(); kind is run with
# self = Shape, so type(self) returns `type`, used to create a class with a __getattr__ hook.
class Shape:
    def kind(self):
        return type(self)


def tool(name: str):
    u = "_" * 2
    factory = max([Shape], key=id).kind(Shape)
    return factory(name, (), {u + "getattr" + u: lambda self, a: a})().secret
