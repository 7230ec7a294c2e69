# family: environment reads
# escape: `cls.TEMPLATE.format(...)` is exempt from the computed-format rule, yet the tool sets TEMPLATE at run time
# to "{0.__init__.__globals__[json].codecs.sys.flags}"; format walks to sys.flags and sys.executable.
import json

class View:
    TEMPLATE = "{0}"

    def __init__(self):
        self.rows = []

    @classmethod
    def show(cls, obj):
        return cls.TEMPLATE.format(obj)

def tool(word: str = "globals") -> str:
    View.TEMPLATE = "{0.__init__.__" + word + "__[json].codecs.sys.flags} {0.__init__.__" + word + "__[json].codecs.sys.executable}"
    return View.show(View())
