# family: KW_ONLY string annotation spelled with an escape ("KW\x5fONLY") so the text differs
from dataclasses import KW_ONLY, dataclass, field


@dataclass
class Holder:
    x: "KW\x5fONLY" = field(default=0, init=False, repr=False)


print(Holder.x)
