# family: format
# Escape: the instance rule trusts `Message(...).format(...)` because the class statement Message defines a
# format method; the tool's own class decorator returns str instead of the class, so Message(x) is str(x) and
# .format is str.format on the hex-decoded "{0.__init__.__globals__[_os].environ}".
import random


def plain(cls):
    return str


@plain
class Message:
    def format(self, *args) -> str:
        return ""


def tool() -> str:
    return Message(bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()).format(random.Random())
