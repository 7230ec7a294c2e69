# family: red team, round 53b (dataclass Field.type spelled field_type_annotated_type)
import base64
import dataclasses
from typing import Annotated


@dataclasses.dataclass
class Holder:
    kind: Annotated[type[int], "kind"] = int


alias = dataclasses.fields(Holder)[0].type
t = alias(int)
print(t)
hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def ran(cls):
    print("hook ran")


Base = t("Base", (), {hook: classmethod(ran)})
Sub = t("Sub", (Base,), {})
