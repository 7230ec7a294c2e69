# family: typedict
# Escape: the Enum functional-API check matches the callee names Enum/IntEnum/...; "from enum import Enum as
# Kind" bypasses it. Enum's _EnumDict lets dunder keys through, so the member table installs __del__
# (spelled "x__del__x".strip("x")) on the new class.
from enum import Enum as Kind


def tool(hook):
    members = {"RED": 1, "x__del__x".strip("x"): hook}
    Color = Kind("Color", members)
    return list(Color)
