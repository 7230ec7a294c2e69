# family: red team, round 64a (a class attribute named staticmethod holding abc.abstractclassmethod: @Tools.staticmethod gives the class first)
import abc


def text(codes):
    return "".join(chr(c) for c in codes)


class Tools:
    staticmethod = abc.abstractclassmethod


class Maker:
    @Tools.staticmethod
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
