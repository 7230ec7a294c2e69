# family: fields
# Escape: with fake dataclass fields (instance __dataclass_fields__ from SimpleNamespace(**{...})), the trusted
# getattr(x, f.name)/setattr(y, f.name, v) pair copies __code__ from one function to another: safe() now runs
# other()'s body - the code-object swap the checker refuses when the name is written out.
import dataclasses
import types


@dataclasses.dataclass
class Row:
    n: int = 0


class Mark:
    _field_type = None


def safe(x):
    return x


def other(x):
    return ("rewired", x)


def tool(attr: str = "code"):
    u = "_" * 2
    kind = [g._field_type for g in dataclasses.fields(Row)][0]
    spec = types.SimpleNamespace(**{u + "dataclass_fields" + u: {"c": types.SimpleNamespace(name=u + attr + u, _field_type=kind)}})
    for f in dataclasses.fields(spec):
        setattr(safe, f.name, getattr(other, f.name))
    return safe(1)
