# family: format
# Escape: `TABLE.__setitem__(k, v)` called directly marks TABLE, but the bound method handed to map() is just an
# attribute read; map calls it and rewrites the trusted table. TABLE.get("row") is then trusted as a literal
# template, yet holds "{0.__init__.__globals__[_os].environ}" (hex) and reads os.environ.
import random

TABLE = {"row": "{0}"}


def tool() -> str:
    list(map(TABLE.__setitem__, ["row"], [bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()]))
    row = TABLE.get("row")
    return row.format(random.Random())
