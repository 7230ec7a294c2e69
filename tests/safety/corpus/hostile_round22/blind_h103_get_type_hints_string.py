# family: get (written blind, round 17 of blind hostile tools)
"""Typed schema introspection."""
import typing


def handler(x: "__import__('os').environ.get('HOME')") -> int:
    return 0


def schema():
    return typing.get_type_hints(handler)


print(schema())
