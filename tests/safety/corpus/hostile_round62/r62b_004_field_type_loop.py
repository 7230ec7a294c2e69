# family: red team, round 62b (Field.type of a `type` annotation read in a loop over fields)
from dataclasses import dataclass, fields


@dataclass
class Spec:
    kind: type = int


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


def main():
    for f in fields(Spec):
        maker = f.type
        print(maker)
        name = "".join(["__init", "_subclass__"])
        Made = maker("Made", (Base,), {name: classmethod(hook)})
        maker("Child", (Made,), {})


main()
