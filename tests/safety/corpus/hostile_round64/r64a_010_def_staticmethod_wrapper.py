# family: red team, round 64a (a def named staticmethod returning abc.abstractclassmethod(f): decorator trusted by its spelling)
import abc


def text(codes):
    return "".join(chr(c) for c in codes)


def staticmethod(function):
    return abc.abstractclassmethod(function)


class Maker:
    @staticmethod
    def give(klass):
        klass.build(int)

    def build(self):
        print(type(self))
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])

        def ran(cls, **kw):
            print("hook ran for", cls.__name__)

        base = type(self)("Base", (), {hook: ran})
        type(self)("Child", (base,), {})


Maker.give()
