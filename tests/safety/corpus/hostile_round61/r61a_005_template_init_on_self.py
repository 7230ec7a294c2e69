# family: red team, round 61a (string.Template.__init__(self, t) sets self.template over a literal class constant, then self.template.format)
from string import Template

U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class Report:
    template = "{0.v}"

    def __init__(self, text):
        Template.__init__(self, text)

    def render(self, obj):
        return self.template.format(obj)


print(Report(EVIL).render(K()))
