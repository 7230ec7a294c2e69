# family: red team, round 61a (opts = Options() and EVIL: trusted as an Options whose format is a data field)
from dataclasses import dataclass

U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


@dataclass
class Options:
    format: str = "json"


opts = Options() and EVIL
print(opts.format(K()))
