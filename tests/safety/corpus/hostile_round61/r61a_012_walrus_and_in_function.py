# family: red team, round 61a (walrus in a function: (t := Tpl() and text) trusted as a Tpl, holds the run-time str)
class K:
    def __init__(self):
        self.v = 1


class Tpl:
    def format(self, *args):
        return "plain"


def show(text, obj):
    if (t := Tpl() and text):
        return t.format(obj)
    return ""


U = chr(len("x" * 95)) * 2
print(show("{0." + U + "init" + U + "." + U + "globals" + U + "}", K()))
