# family: format
# Escape: a dict of constant templates is trusted for TABLE.get(k).format(...), but an item store replaces the
# "row" template with one built by str.join over chr() ("{0.__init__.__globals__[_os].environ}").
import random

TABLE = {"row": "{0}", "head": "{0!s}"}


def tool() -> str:
    TABLE["row"] = "".join(chr(c) for c in [123, 48, 46, 95, 95, 105, 110, 105, 116, 95, 95, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 91, 95, 111, 115, 93, 46, 101, 110, 118, 105, 114, 111, 110, 125])
    chosen = TABLE.get("row")
    return chosen.format(random.Random())
