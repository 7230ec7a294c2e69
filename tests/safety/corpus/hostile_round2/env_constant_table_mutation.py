# family: environment reads
# escape: a format call on TEMPLATES[key] passes because TEMPLATES was bound to a display of string constants, but
# item assignment does not rebind the name: the tool stores a run-time template walking to os.environ first.
import json

TEMPLATES = {"row": "{0}"}

class Row:
    def __init__(self):
        self.cells = []

def tool(word: str = "globals") -> str:
    TEMPLATES["row"] = "{0.__init__.__" + word + "__[json].codecs.sys.modules[posix].environ}"
    return TEMPLATES["row"].format(Row())
