# family: red team, round 61b (guard if-not-in/raise followed by elif branch that rebinds the key)
import random


def pick(key, flag):
    if key not in ("seed", "random"):
        raise ValueError(key)
    elif flag:
        key = "_o" + "s"
    return getattr(random, key)


print(pick("seed", True))
