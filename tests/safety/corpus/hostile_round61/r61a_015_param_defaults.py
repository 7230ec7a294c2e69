# family: red team, round 61a (caller-template parameter whose default is a run-time template, filled from a parameter whose default is a tool object)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


def render(template=EVIL, value=K()):
    return template.format(value)


print(render())
