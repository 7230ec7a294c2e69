# family: red team, round 60b (base __new__ assigned as staticmethod of a module function returning a str)
class K:
    def __init__(self):
        self.v = 1


def make(cls, text):
    return text


class Base:
    __new__ = staticmethod(make)


class Tpl(Base):
    def format(self, *args):
        return "plain"


u = chr(len("x" * 95)) * 2
print(Tpl("{0." + u + "init" + u + "." + u + "globals" + u + "}").format(K()))
