# family: red team, round 15 (scopes: a name's source looked up where it was made)
class Obj:
    def __init__(self):
        self.v = 1


def render(template):
    rows = [Obj()]
    for row in rows:
        def inner():
            rows = ("a",)
            return template.format(row)
        return inner()
