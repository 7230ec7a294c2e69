# family: red team, round 61a (in a method: t = Tpl() | text, Tpl.__or__ returns the other operand; t trusted as a Tpl with its own format)
class K:
    def __init__(self):
        self.v = 1


class Tpl:
    def format(self, *args):
        return "plain"

    def __or__(self, other):
        return other


class Page:
    def show(self, text, obj):
        t = Tpl() | text
        return t.format(obj)


U = chr(len("x" * 95)) * 2
print(Page().show("{0." + U + "init" + U + "." + U + "globals" + U + "}", K()))
