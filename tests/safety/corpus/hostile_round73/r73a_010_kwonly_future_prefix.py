# family: from __future__ import annotations; class-body nested class shadows a module name; annotation string looked up in module globals
from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field


@dataclass
class Holder:
    class KW_ONLY_:
        pass

    x: KW_ONLY_ = field(default=0, init=False, repr=False)


print(Holder.x)
