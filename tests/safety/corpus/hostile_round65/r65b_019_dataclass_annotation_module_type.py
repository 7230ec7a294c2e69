# family: red team, round 65b (a dataclass field annotated with a module: Field.type hands the module back)
import dataclasses
import uuid


@dataclasses.dataclass
class C:
    x: uuid = 0


print(dataclasses.fields(C)[0].type)
