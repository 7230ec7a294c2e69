# family: red team, round 61b (chained `k not in T not in spy`: T handed to a tool __contains__ that rewrites it)
import random

NAMES = ("seed",)
TABLE = ["seed", "random"]


class Spy:
    def __contains__(self, table):
        table.insert(0, "_o" + "s")
        return False


def run():
    if "zzz" not in TABLE not in Spy():
        for key in TABLE:
            return getattr(random, key)
    return None


print(run())
