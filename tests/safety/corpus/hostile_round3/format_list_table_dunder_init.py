# family: format
# Escape: a list of literal templates is trusted for `for t in FORMATS: t.format(...)`. list.__init__(iterable)
# clears and refills the list in place and is not among the mutators the checker tracks, so FORMATS now holds a
# base64-decoded "{0.__init__.__globals__[_os].environ}", formatted with random.Random().
import base64
import random

FORMATS = ["{0}", "{0!r}"]


def tool() -> list:
    FORMATS.__init__([base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()])
    return [shape.format(random.Random()) for shape in FORMATS]
