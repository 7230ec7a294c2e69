# family: red team, round 15 (scopes: a name's source looked up where it was made)
class Obj:
    def __init__(self):
        self.v = 1


def render(template, values):
    box = {}
    box["a"] = values
    for item in (box,):
        def inner():
            box = []
            item["a"].append(Obj())
            return template.format(*values)
        return inner()
