# family: red team, round 64a (abc.abstractclassmethod wrapping a property: reading the attribute off the class runs the getter with the class as self)
from abc import abstractclassmethod


def text(codes):
    return "".join(chr(c) for c in codes)


class Maker:
    @abstractclassmethod
    @property
    def build(self):
        print(type(self))
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])

        def ran(cls, **kw):
            print("hook ran for", cls.__name__)

        base = type(self)("Base", (), {hook: ran})
        type(self)("Child", (base,), {})
        return 1


print(Maker.build)
