# family: fields
# Escape: fake dataclass fields let getattr(x, f.name) read any attribute: here a function's __code__ and then
# its co_consts - a code object reached with no introspection name in the source.
import dataclasses
import types


@dataclasses.dataclass
class Row:
    n: int = 0


class Mark:
    _field_type = None


def spec(*names):
    kind = [g._field_type for g in dataclasses.fields(Row)][0]
    table = {n: types.SimpleNamespace(name=n, _field_type=kind) for n in names}
    u = "_" * 2
    return types.SimpleNamespace(**{u + "dataclass_fields" + u: table})


def tool(secret="s3cr3t"):
    u = "_" * 2
    obj = tool
    for f in dataclasses.fields(spec(u + "code" + u, "co_" + "consts")):
        obj = getattr(obj, f.name)
    return obj
