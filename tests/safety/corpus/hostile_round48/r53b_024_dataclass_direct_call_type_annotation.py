# family: red team, round 53b (undecorated class annotated type[int], made a dataclass by a direct call)
import base64
import dataclasses


class Holder:
    kind: type[int] = int


Made = dataclasses.dataclass(Holder)
alias = dataclasses.fields(Made)[0].type
t = alias(int)
print(t)
hook = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()


def ran(cls):
    print("hook ran")


Base = t("Base", (), {hook: classmethod(ran)})
Sub = t("Sub", (Base,), {})
