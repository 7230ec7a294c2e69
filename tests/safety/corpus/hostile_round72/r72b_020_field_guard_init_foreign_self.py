# family: guard on dataclass field names; field named __init__ -> getattr(Peek, key) = Peek.__init__ run on a catch_warnings object (foreign self reads its private _module)
from dataclasses import dataclass, fields
from warnings import catch_warnings


@dataclass
class Names:
    __init__: str = "x"
    label: str = "y"


class Peek:
    _module = None

    def __init__(self):
        if self._module is not None:
            print(self._module.sys)


def look(key):
    if key in {f.name for f in fields(Names)}:
        return getattr(Peek, key)
    return None


def run():
    u = "_" * len("ab")
    start = look(u + "init" + u)
    start(catch_warnings())


run()
