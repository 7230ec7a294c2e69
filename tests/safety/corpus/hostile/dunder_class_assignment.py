# family: dunder attribute walks
class Plain:
    pass


class Sneaky:
    def leak(self):
        return "leak"


def tool():
    obj = Plain()
    obj.__class__ = Sneaky
    return obj.leak()
