# family: format
# Escape: same .join read-only assumption, with a dict table: the tool's join() rewrites MESSAGES["row"] to a
# run-time template, then MESSAGES["row"].format(obj) (a "subscript of a read-only table") reads os.environ.
import random


class Sink:
    def join(self, table):
        u = "_" * 2
        table["row"] = "{0." + u + "init" + u + "." + u + "glob" + "als" + u + "[_os].environ}"
        return ""


MESSAGES = {"row": "{0}"}


def tool() -> str:
    Sink().join(MESSAGES)
    return MESSAGES["row"].format(random.Random())
