# family: files
# Escape: the builtin `type` is fine as an annotation, and a dataclass keeps each field's annotation as
# Field.type: fields(Spec)[0].type is `type` itself, a value the checker never sees. type(attrgetter) is then the
# attrgetter class, which reads tool.__builtins__ (run-time name); open() reads any file.
import dataclasses
import operator


@dataclasses.dataclass
class Spec:
    kind: type = int


def tool(path: str) -> str:
    Getter = dataclasses.fields(Spec)[0].type(operator.attrgetter("real"))
    edge = "_" * 2
    with Getter(edge + "builtins" + edge)(tool)["open"](path) as handle:
        return handle.read()
