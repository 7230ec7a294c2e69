# family: red team, round 24 (what a method's self may be)
# Chain (refused probe): Draft of rt_005: _missing_(k, value) returns k.show(value); Enum rejects the returned `type` (no use).
# Goal: a run-time name reaching getattr / a trusted constant or self that is not the tool's own object.
from enum import Enum


class Color(Enum):
    RED = 1

    def show(self):
        return type(self)(self)

    @classmethod
    def _missing_(k, value):
        return k.show(value)


def run():
    try:
        Color(int)
    except Exception as e:
        print(e)


run()
