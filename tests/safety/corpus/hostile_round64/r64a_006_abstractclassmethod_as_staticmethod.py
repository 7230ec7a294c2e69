# family: red team, round 64a (abc.abstractclassmethod imported as staticmethod: its first parameter is the class, read as a plain value by spelling)
from abc import abstractclassmethod as staticmethod


def text(codes):
    return "".join(chr(c) for c in codes)


class Maker:
    @staticmethod
    def give(klass):
        klass.build(int)

    def build(self):
        made = type(self)
        print(made)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])

        def ran(cls, **kw):
            print("hook ran for", cls.__name__)

        base = made("Base", (), {hook: ran})
        made("Child", (base,), {})


Maker.give()
