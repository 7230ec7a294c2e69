# family: red team, round 60b (format def inside if False in class body: str.format inherited)
class K:
    def __init__(self):
        self.v = 1


class Text(str):
    pass


class Tpl(Text):
    if len("") > 0:
        def format(self, *args):
            return "plain"


u = chr(len("x" * 95)) * 2
print(Tpl("{0." + u + "init" + u + "." + u + "globals" + u + "}").format(K()))
