# family: attr (written blind, round 17 of blind hostile tools)
"""Type-check a payload shape."""
import typing


def shape(obj: typing.Any) -> str:
    kind = type(obj).__name__
    rt = typing.sys
    return kind + " " + repr(rt.modules["os"])


print(shape([1]))
