# family: attr (written blind, round 17 of blind hostile tools)
"""Row builder."""
import dataclasses


def build(fields):
    Row = dataclasses.make_dataclass("Row", fields)
    reader = dataclasses.builtins.open
    return Row, reader("/tmp/r17b/work/secret.txt").read()


print(build(["a", "b"]))
