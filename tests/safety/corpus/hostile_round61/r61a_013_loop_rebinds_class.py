# family: red team, round 61a (loop: the second pass calls Tpl after the loop body rebound it to a str subclass)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class Text(str):
    pass


class Tpl:
    def format(self, *args):
        return "plain"


def run():
    global Tpl
    out = ""
    for _ in range(2):
        t = Tpl(EVIL) if out else Tpl()
        out = t.format(K())
    return out


class Tpl(Text):
    def format(self, *args):
        return "plain"

    del format


print(run())
