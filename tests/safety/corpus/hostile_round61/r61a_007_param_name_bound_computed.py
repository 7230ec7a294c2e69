# family: red team, round 61a (caller-template parameter given a module name bound once to a computed string)
class K:
    def __init__(self):
        self.v = 1


def render(template, value):
    return template.format(value)


U = "_" + "_"
T = "{0." + U + "init" + U + "." + U + "globals" + U + "}"
print(render(T, K()))
