# family: format
# Escape: TABLE["row"].format(...) is trusted while every use of TABLE only reads it, and a comparison operand
# counts as a read. But `Sink() == TABLE` calls the tool's __eq__ with the table itself, which stores a
# run-time template in it: the template walks random.seed.__globals__["_os"].environ.
import random

TABLE = {"row": "{0}"}


class Sink:
    def __eq__(self, other):
        edge = "_" * 2
        other["row"] = "{0." + edge + "globals" + edge + "[_os].environ}"
        return True


def tool() -> str:
    Sink() == TABLE
    return TABLE["row"].format(random.seed)
