# family: format
# Escape: TEMPLATES is a list of constants, so its items are trusted as templates; but lists are mutable and
# the tool appends a template decoded from hex ("{0.__init__.__globals__[_os].environ}") before formatting.
import random

TEMPLATES = ["{0}", "{0!r}"]


def tool() -> str:
    TEMPLATES.append(bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode())
    for template in TEMPLATES:
        last = template.format(random.Random())
    return last
