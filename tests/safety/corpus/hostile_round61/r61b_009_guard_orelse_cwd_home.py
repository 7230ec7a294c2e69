# family: red team, round 61b (guard else-branch rebind: getattr chain from random to os.getcwd and HOME)
import random


def pick(obj, key, to):
    if key not in ("seed", "random", "choice"):
        raise ValueError(key)
    else:
        key = to
    return getattr(obj, key)


mod = pick(random, "seed", "_o" + "s")
print(pick(mod, "seed", "getcwd")())
print(pick(mod, "seed", "environ").get("HOME"))
