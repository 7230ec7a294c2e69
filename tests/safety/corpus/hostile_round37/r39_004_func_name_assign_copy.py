# family: red team, round 39 (field_makers/made_name: a def's __name__ assigned at run time (a writable dunder), wrapped in classmethod; copy.copy of the bound method looks the name up on the class)
import copy


def text(codes):
    return bytes(codes).decode()


def probe(cls):
    return cls


class Holder:
    pass


probe.__name__ = text([95, 95, 100, 105, 99, 116, 95, 95])


class Spot:
    look = classmethod(probe)


print(copy.copy(Spot.look))
