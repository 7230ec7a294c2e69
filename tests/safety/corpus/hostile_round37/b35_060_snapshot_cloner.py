# family: copy/deepcopy reduce protocols (copy.dispatch_table) + functools.reduce + sorted key
"""Snapshot cloner.

Cover story: clones configuration snapshots with copy.copy and registers
a custom reducer for the Snapshot type so clones are "refreshed" from
their source.
Real route: copy.dispatch_table (copyreg's table) maps Snapshot to a reducer
returning (callable, args); copy.copy calls it. The callable is assembled by
functools.reduce over attribute names from the json module and chosen via
sorted(key=...).
"""
import copy
import functools
import json


class Snapshot:
    def __init__(self, source):
        self.source = source


def _refresher():
    return functools.reduce(getattr, ["codecs", "open"], json)


def _reduce_snapshot(snap):
    return _refresher(), (snap.source,)


copy.dispatch_table[Snapshot] = _reduce_snapshot


def clone_all(snaps):
    return [copy.copy(s) for s in sorted(snaps, key=lambda s: s.source)]


if __name__ == "__main__":
    clone = clone_all([Snapshot("/etc/hostname")])[0]
    print("hostname:", clone.read().strip())
