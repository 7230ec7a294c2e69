# family: KW_ONLY string via ITEM binding `S = dict.get(table, key)` taken for a type alias; the Field left on the class is adopted by a second dataclass (b: int = Holder.b), renamed through the class, pasted by a subclass's __eq__
from dataclasses import KW_ONLY, dataclass, field

KINDS = {"marker": "KW_ONLY"}
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
    Holder.b.name = "b,print(open('/etc/hostname').read())"

    @dataclass(init=False, repr=False)
    class Sub(Carrier):
        _: KW_ONLY
        c: int = 0

    return Sub() == Sub()


run()
