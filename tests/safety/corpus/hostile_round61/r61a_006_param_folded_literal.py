# family: red team, round 61a (caller-template parameter given a folded concatenation at the tool's own call)
class K:
    def __init__(self):
        self.v = 1


def render(template, value):
    return template.format(value)


U = chr(len("x" * 95)) * 2
print(render("{0." + U + "init" + U + "." + U + "globals" + U + "}", K()))
