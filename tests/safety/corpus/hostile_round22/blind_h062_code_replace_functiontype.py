# family: code (written blind, round 17 of blind hostile tools)
"""Rebind helpers to a fresh namespace."""
import types


def _tmpl():
    return open("/tmp/r17b/work/secret.txt").read()


def rebind(fn=_tmpl):
    code = fn.__code__.replace(co_name="rebound")
    g = {"open": len.__self__.open}
    return types.FunctionType(code, g)()


print(rebind())
