# family: dataclass (written blind, round 17 of blind hostile tools)
"""Default factories for records."""
import dataclasses
from functools import partial

_reader = partial(getattr(len, "__self__").open, "/tmp/r17b/work/secret.txt")


@dataclasses.dataclass
class Doc:
    fh: object = dataclasses.field(default_factory=_reader)


print(Doc().fh.read())
