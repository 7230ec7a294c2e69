# family: fields
# Escape: setattr(target, f.name, v) is trusted like getattr for f in dataclasses.fields(...); fake fields
# (instance __dataclass_fields__) name "__annotations__", so the vetted handler gets a string annotation that
# singledispatch.register() evaluates.
import dataclasses
import functools
import types


@dataclasses.dataclass
class Row:
    n: int = 0


class Mark:
    _field_type = None


@functools.singledispatch
def handle(v):
    return v


def handler(v):
    return v


def tool(code: str):
    u = "_" * 2
    kind = [g._field_type for g in dataclasses.fields(Row)][0]
    spec = types.SimpleNamespace(**{u + "dataclass_fields" + u: {"a": types.SimpleNamespace(name=u + "annotations" + u, _field_type=kind)}})
    for f in dataclasses.fields(spec):
        setattr(handler, f.name, {"v": code})
    handle.register(handler)
    return handle(1)
