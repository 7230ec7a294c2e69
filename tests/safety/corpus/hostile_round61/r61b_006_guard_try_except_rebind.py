# family: red team, round 61b (guard inside try, except handler rebinds key, read after the try: control check)
import random


def pick(key):
    try:
        if key not in ("seed", "random"):
            raise ValueError(key)
        n = 1 // 0
    except ZeroDivisionError:
        key = "_o" + "s"
    return getattr(random, key)


print(pick("seed"))
