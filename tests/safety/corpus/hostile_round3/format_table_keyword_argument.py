# family: format
# Escape: a table passed as a positional argument is marked "escaped" (the callee may change it), but a table
# passed as a keyword argument is not. The helper stores a hex-decoded template in it, and the tool then formats
# random.Random() with the trusted item: "{0.__init__.__globals__[_os].environ}" -> os.environ.
import random

MESSAGES = {"status": "status: {0}"}


def localise(table: dict, key: str, text: str) -> None:
    table[key] = text


def tool() -> str:
    localise(table=MESSAGES, key="status", text=bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode())
    return MESSAGES["status"].format(random.Random())
