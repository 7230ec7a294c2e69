# family: red team, round 61a (a decorator of the tool calls the caller-template function with a run-time template and a tool object)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


def run_with(f):
    print(f(EVIL, K()))
    return f


@run_with
def render(template, value):
    return template.format(value)
