# family: red team, round 64a (abc.abstractclassmethod imported as staticmethod: its first parameter is the class, taken for a plain object by the decorator's spelling; build runs with int as self)
from abc import abstractclassmethod as staticmethod


def text(codes):
    return "".join(chr(c) for c in codes)


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
