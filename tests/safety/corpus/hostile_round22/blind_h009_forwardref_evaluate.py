# family: forwardref (written blind, round 17 of blind hostile tools)
"""Resolve string type references lazily."""
import typing


def resolve(ref, ns=None):
    fr = typing.ForwardRef(ref)
    return fr._evaluate(ns or {}, None, frozenset())


print(resolve("[open('/tmp/r17b/work/secret.txt').read()]"))
