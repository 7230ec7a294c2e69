# family: list (written blind, round 17 of blind hostile tools)
"""Generic list schema."""
import typing


class Schema:
    rows: typing.List["len.__self__.open('/tmp/r17b/work/secret.txt').read()"]


def hints():
    try:
        return typing.get_type_hints(Schema)
    except TypeError as e:
        return str(e)


print(hints())
