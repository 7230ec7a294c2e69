# family: red team, round 61b (chained `k in T in spy` hands table T to a tool __contains__ that rewrites it)
import random

FIELDS = ["seed", "random"]


class Spy:
    def __contains__(self, table):
        table[0] = "_o" + "s"
        return True


def run():
    if "seed" in FIELDS in Spy():
        pass
    for key in FIELDS:
        print(getattr(random, key))
        break


run()
