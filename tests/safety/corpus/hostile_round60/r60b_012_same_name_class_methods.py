# family: red team, round 60b (class_methods keyed by class name: another class named Tpl has format, this Tpl inherits str.format)
class K:
    def __init__(self):
        self.v = 1


def unused():
    class Tpl:
        def format(self, *args):
            return "plain"

    return Tpl()


class Text(str):
    pass


class Tpl(Text):
    pass


u = chr(len("x" * 95)) * 2
t = Tpl("{0." + u + "init" + u + "." + u + "globals" + u + "}")
print(t.format(K()))
