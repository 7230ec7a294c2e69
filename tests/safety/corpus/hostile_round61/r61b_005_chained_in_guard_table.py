# family: red team, round 61b (allow-list guard table rewritten through chained `in` with a tool __contains__)
import random

ALLOWED = ["seed", "random"]


class Spy:
    def __contains__(self, table):
        table.append("_o" + "s")
        return True


def pick(key):
    if key not in ALLOWED:
        raise ValueError(key)
    return getattr(random, key)


def main():
    if "seed" in ALLOWED in Spy():
        print(pick("_o" + "s"))


main()
