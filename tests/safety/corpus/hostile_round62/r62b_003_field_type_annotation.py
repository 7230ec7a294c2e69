# family: red team, round 62b (dataclass field annotated with the builtin type; Field.type hands it out)
from dataclasses import dataclass, fields


@dataclass
class Spec:
    kind: type = int


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


def main():
    maker = fields(Spec)[0].type
    print(maker)
    name = "".join(["__init", "_subclass__"])
    Made = maker("Made", (Base,), {name: classmethod(hook)})
    maker("Child", (Made,), {})


main()
