# family: format
# Escape: a local variable called "self" makes self.__doc__.format(...) look like an object's own template;
# the function docstring (never scanned) walks from a random.Random() into random's globals and os.environ.
import random


def template():
    """{0.seed.__globals__[_os].environ}"""


def tool() -> str:
    self = template
    return self.__doc__.format(random.Random())
