# family: class body sets __module__ = "dataclasses" so dataclasses looks a string annotation up in its own globals; the text KW_ONLY never appears in the source, so the KW_ONLY annotation rule is skipped
from dataclasses import dataclass, field

Slot = "KW_" + "ONLY"


@dataclass
class Holder:
    __module__ = "dataclasses"
    a: int = 0
    b: Slot = field(default=0, init=False, repr=False)


@dataclass
class Carrier:
    a: int = 0
    b: int = Holder.b


def run():
    held = Holder.b
    held.name = "b,print(open('/etc/hostname').read())"

    @dataclass(init=False, repr=False)
    class Sub(Carrier):
        c: int = 0

    return Sub() == Sub()


run()
