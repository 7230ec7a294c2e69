# family: format
# Escape: a keyword-only parameter with a constant default looks like a literal template, and keyword-only
# parameters are never matched against the tool's own calls (the rule only follows positional indexes). The
# tool overrides the default with a hex-decoded "{0.__init__.__globals__[_os].environ}", which str.format
# walks from a random.Random() into os.environ at run time.
import random


def label(value, *, pattern: str = "{0}") -> str:
    return pattern.format(value)


def tool() -> str:
    hexed = "7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d"
    return label(random.Random(), pattern=bytes.fromhex(hexed).decode())
