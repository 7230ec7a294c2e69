# family: red team, round 62b (Base.m(cls) in a classmethod: the checker accepts cls as the given self)
class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Shape:
    def kind(self):
        return type(self)

    @classmethod
    def meta(cls):
        return Shape.kind(cls)


def main():
    maker = Shape.meta()
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
