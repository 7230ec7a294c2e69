# family: red team, round 24 (what a method's self may be)
# Chain: same root cause as rt_002 through Enum's _missing_ classmethod (accepted on purpose): its first
# parameter `k` is the Enum class, k.show(value) passes objects._bound (only `cls` is distrusted), so
# Color.show runs with self = int and the trusted type(self)(self) is the metaclass `type`, kept in a list.
from enum import Enum

FOUND = []


class Color(Enum):
    RED = 1

    def show(self):
        return type(self)(self)

    @classmethod
    def _missing_(k, value):
        FOUND.append(k.show(value))
        return k.RED


def run():
    Color(int)
    meta = FOUND[0]
    print(meta)
    d = bytes([95, 95]).decode()
    made = meta("Made", (), {d + "repr" + d: lambda s: "repr hook by run-time name"})
    print(repr(made()))


run()
