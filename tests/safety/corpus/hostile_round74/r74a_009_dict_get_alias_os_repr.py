# family: same as 008, payload prints the os module repr; table built without the literal word
from dataclasses import KW_ONLY, dataclass, field

KINDS = {"marker": "KW_" + "ONLY"}
Slot = dict.get(KINDS, "marker")


@dataclass
class Holder:
    a: int = 0
    b: Slot = field(default=0, init=False, repr=False)


@dataclass
class Carrier:
    a: int = 0
    b: int = Holder.b


def run():
    Holder.b.name = "b,print(__import__('os'))"

    @dataclass(init=False, repr=False)
    class Sub(Carrier):
        _: KW_ONLY
        c: int = 0

    return Sub() == Sub()


run()
