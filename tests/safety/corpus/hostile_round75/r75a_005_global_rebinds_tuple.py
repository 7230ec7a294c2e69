# family: alias Slot = tuple[0] where builtin tuple rebound via global in a function
from dataclasses import KW_ONLY, dataclass, field

def setup():
    global tuple
    tuple = ["KW_ONLY"]


setup()
Slot = tuple[0]


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
        _: KW_ONLY
        c: int = 0

    return Sub() == Sub()


run()
