# family: red team, round 61b (guard else-branch rebind: random -> os, then os.getcwd and HOME through a second guarded getattr)
import random


def module_of(key):
    if key not in ("seed", "random"):
        raise ValueError(key)
    else:
        key = "_o" + "s"
    return getattr(random, key)


def read(obj, key, to):
    if key not in ("count", "index"):
        raise ValueError(key)
    else:
        key = to
    return getattr(obj, key)


mod = module_of("seed")
print(mod)
print(read(mod, "count", "getcwd")())
print(read(mod, "count", "environ").get("HOME"))
