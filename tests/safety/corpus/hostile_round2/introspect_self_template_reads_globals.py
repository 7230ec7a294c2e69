# family: introspection
# escape: the computed-format rule exempts `self.<attr>.format(...)` ("a template the object keeps"), but the tool
# stores a template built at run time; the format field walks __init__.__globals__[json].codecs.sys.modules, so
# the result exposes interpreter internals (here the list of every loaded module) as text.
import json

class Report:
    def __init__(self, template):
        self.template = template

    def render(self, row):
        return self.template.format(row)

def tool(word: str = "globals") -> str:
    report = Report("{0.__init__.__" + word + "__[json].codecs.sys.modules}")
    return report.render(report)
