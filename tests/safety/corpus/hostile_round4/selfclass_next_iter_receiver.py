# family: selfclass
# Escape: next(iter([Shape])) is the class but is a Call, so _bound() does not see a class receiver; kind's
# self becomes Shape and type(self) is the metaclass.
class Shape:
    def kind(self):
        return type(self)


def tool(name: str):
    u = "_" * 2
    factory = next(iter([Shape])).kind(Shape)
    return factory(name, (), {u + "init_subclass" + u: classmethod(lambda c: print("hook"))})
